package org.ogichecker.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The bad-input corpus: the small files committed in {@code core/src/test/resources/badinput/} and the
 * big ones generated into a directory (a 50 MB text file, 4.9 million line breaks, a Word document of 24 million
 * characters, a web archive of 200 000 parts, HTML nested 100 000 levels deep, a DOCX zip
 * bomb, a PDF page showing millions of glyphs, one ruled in millions of cells), so the library tests and the CLI tests feed the same inputs.
 */
public final class BadInputs {

    /** The committed corpus seen from a module directory. */
    public static final Path COMMITTED = Path.of("../core/src/test/resources/badinput");
    public static final String BIG_TEXT = "big-50mb.txt";
    public static final String DEEP_HTML = "nested-100000.html";
    public static final String ZIP_BOMB = "zip-bomb.docx";
    public static final String LONG_DOCX = "long-text.docx";
    public static final String LINE_BREAKS = "line-breaks.txt";
    public static final String MANY_PARTS = "many-parts.mht";
    public static final String GLYPH_BOMB = "glyph-bomb.pdf";
    public static final String GRID_BOMB = "grid-bomb.pdf";

    private BadInputs() {
    }

    /** The committed inputs (the README is not one). */
    public static List<Path> committed() throws IOException {
        try (Stream<Path> s = Files.list(COMMITTED)) {
            return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    /** Writes the big inputs into {@code dir} and returns them. */
    public static List<Path> generate(Path dir) throws IOException {
        Path text = dir.resolve(BIG_TEXT);
        try (OutputStream out = Files.newOutputStream(text)) {
            byte[] line = "本机关全年主动公开政府信息 1234 条，其中规范性文件 56 件。\n".getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[line.length * 10_000];
            for (int i = 0; i < 10_000; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        Path breaks = dir.resolve(LINE_BREAKS);
        Files.writeString(breaks, "某局2024年政府信息公开工作年度报告" + "\n".repeat(4_900_000));
        int depth = 100_000;
        Path html = dir.resolve(DEEP_HTML);
        Files.writeString(html, "<html><body>" + "<div>".repeat(depth) + "2024年政府信息公开工作年度报告"
                + "</div>".repeat(depth) + "</body></html>");
        Path bomb = dir.resolve(ZIP_BOMB);
        Files.write(bomb, zipBomb(2048));
        Path docx = dir.resolve(LONG_DOCX);
        Files.write(docx, longDocx());
        Path parts = dir.resolve(MANY_PARTS);
        String boundary = "----=_NextPart_000";
        StringBuilder mht = new StringBuilder("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\""
                + boundary + "\"\r\n\r\n");
        for (int i = 0; i < 200_000; i++) {
            mht.append("--").append(boundary).append("\r\nContent-Type: image/png\r\nContent-Location: file:///i")
                    .append(i).append(".png\r\n\r\nAAAA\r\n");
        }
        mht.append("--").append(boundary).append("\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n<html><body>")
                .append("<h1>某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>\r\n--").append(boundary)
                .append("--\r\n");
        Files.writeString(parts, mht);
        Path glyphs = dir.resolve(GLYPH_BOMB);
        Files.write(glyphs, pdfPage(("BT /F1 1 Tf 10 10 Td " + "(AAAAAAAAAAAAAAAAAAAA) Tj\n".repeat(400_000) + "ET")
                .getBytes(StandardCharsets.US_ASCII)));
        Path grid = dir.resolve(GRID_BOMB);
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            rules.append("0 ").append(i * 4.8).append(" m 14400 ").append(i * 4.8).append(" l ")
                    .append(i * 4.8).append(" 0 m ").append(i * 4.8).append(" 14400 l\n");
        }
        Files.write(grid, pdfPage((rules + "S BT /F1 12 Tf 50 50 Td (2024) Tj ET").getBytes(StandardCharsets.US_ASCII)));
        return List.of(text, breaks, html, bomb, docx, parts, glyphs, grid);
    }

    /**
     * A one-page PDF whose page runs {@code content} (compressed: repeated operators pack to a few kilobytes), with
     * Helvetica as font F1. A page showing eight million glyphs this way is 25 kB. The page is the largest a PDF
     * may have, 14 400 points square, with room for any drawing.
     */
    public static byte[] pdfPage(byte[] content) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(14_400, 14_400));
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content), COSName.FLATE_DECODE));
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A .docx-looking zip (about 35 MB) whose body is 400 000 paragraphs of 60 random Chinese characters: 24 million
     * characters in 85 MB of XML, which compresses too little to look like a zip bomb.
     */
    public static byte[] longDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Random random = new Random(7);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
                    + "\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                    + "document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>");
            char[] text = new char[60];
            for (int p = 0; p < 400_000; p++) {
                for (int i = 0; i < text.length; i++) {
                    text[i] = (char) (0x4e00 + random.nextInt(512));
                }
                xml.write("<w:p><w:r><w:t>");
                xml.write(text);
                xml.write("</w:t></w:r></w:p>");
            }
            xml.write("</w:body></w:document>");
            xml.flush();
        }
        return bytes.toByteArray();
    }

    /**
     * A .docx-looking zip (~2 MB) whose word/document.xml inflates to {@code mebibytes} MiB: one
     * deflated MiB of spaces, byte-aligned by a full flush, repeated to make one long deflate stream.
     */
    public static byte[] zipBomb(int mebibytes) {
        byte[] mib = new byte[1 << 20];
        Arrays.fill(mib, (byte) ' ');
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(mib);
        byte[] buf = new byte[64 * 1024];
        int n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
        byte[] chunk = Arrays.copyOf(buf, n);
        d.end();
        byte[] last = {0x03, 0x00}; // an empty final fixed-Huffman block ends the stream
        CRC32 crc = new CRC32();
        for (int i = 0; i < mebibytes; i++) {
            crc.update(mib);
        }
        long size = (long) mebibytes << 20;
        long compressed = (long) chunk.length * mebibytes + last.length;
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate((int) compressed + 2 * name.length + 200).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8).putInt(0)
                .putInt((int) crc.getValue()).putInt((int) compressed).putInt((int) size)
                .putShort((short) name.length).putShort((short) 0).put(name);
        for (int i = 0; i < mebibytes; i++) {
            b.put(chunk);
        }
        b.put(last);
        int central = b.position();
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                .putInt(0).putInt((int) crc.getValue()).putInt((int) compressed).putInt((int) size)
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(0).put(name);
        int centralSize = b.position() - central;
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(centralSize).putInt(central).putShort((short) 0);
        return Arrays.copyOf(b.array(), b.position());
    }
}
