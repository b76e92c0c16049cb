package org.ogichecker.read.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.ogichecker.model.Section;

/**
 * Reads a web page: finds the article (the element that holds nearly all of the page's non-link text,
 * descending while one child holds nearly all of it), reads its blocks as paragraphs and its tables as
 * rows with rowspan and colspan expanded, and puts the article title first when the page shows it
 * outside the article body. Every traversal is iterative (jsoup's NodeTraversor), so deep nesting is
 * harmless.
 */
public final class HtmlReader {

    /** Share of the text a child must hold for the search to descend into it. */
    private static final double DESCEND = 0.85;
    private static final int MAX_SPAN = 200;

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "button", "select",
            "input", "textarea", "svg", "template", "object", "nav", "footer", "head", "option");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "section", "article", "header", "blockquote", "pre", "dd", "dt", "dl", "center", "form", "hr",
            "address", "figure", "figcaption", "main", "aside", "caption", "table", "tbody", "thead", "tfoot", "tr",
            "td", "th", "body", "html");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** The name of a document a report is published as (an address or a file name, in lower case). */
    private static final Pattern ATTACHMENT = Pattern.compile("\\.(?:pdf|docx?|wps|ofd|xlsx?|et|zip|rar|7z)$");
    /** Fewer characters than this are not a report (the shortest of the samples has some 5 000). */
    private static final int REPORT_CHARS = 1_000;
    /** An image narrower or lower than this (in pixels, as the page sizes it) is an icon, not a table's picture. */
    private static final int MIN_PICTURE_PX = 64;
    /** Attachments named in the reason, at most. */
    private static final int MAX_NAMED = 3;
    private static final Pattern DATE = Pattern.compile("(19|20)\\d\\d\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}");

    private HtmlReader() {
    }

    public static Extracted read(byte[] bytes) throws UnreadableException {
        Document doc;
        try {
            doc = parse(bytes);
        } catch (IOException e) {
            throw new UnreadableException("the HTML page could not be decoded: " + e.getMessage(),
                    "HTML 网页无法解码：" + e.getMessage());
        }
        return read(doc);
    }

    static Extracted read(Document doc) {
        Element body = doc.body();
        Element root = articleRoot(body);
        LineCollector out = new LineCollector();
        String title = titleOutside(doc, root);
        if (title != null) {
            out.paragraph(title);
            for (String d : datesBetween(doc, title, root)) {
                out.paragraph(d);
            }
        }
        String pubDate = pubDate(doc);
        if (pubDate != null) {
            // after any date the page prints, which the metadata reader then finds first
            out.paragraph("发布时间：" + pubDate + "（网页元数据 PubDate）");
        }
        emit(root, out);
        return new Extracted(out.lines(), List.of(), elsewhere(body, out.lines()));
    }

    /**
     * Where a page that holds no report may have it: the documents it links or embeds in a viewer (a report published
     * as a PDF or Word attachment, the page holding only the link; anywhere on the page, as such links often stand
     * outside the article), else its images (a report published as scans). Null when it has neither, and when the
     * page has text enough for a report (a report's text on the page beside a photo or a copy to download) unless it
     * links a document named as the report.
     */
    private static Reason elsewhere(Element body, List<RawLine> lines) {
        List<String> files = new ArrayList<>();
        boolean named = false;
        for (Element a : body.select("a[href], iframe[src], embed[src], object[data]")) {
            boolean link = a.normalName().equals("a");
            String href = link ? a.attr("href") : a.hasAttr("src") ? a.attr("src") : a.attr("data");
            String name = LineCollector.clean(a.text());
            // a link's address without its query, or its text, names the file; a viewer embedding the document
            // (pdf.js) takes it as the first parameter (viewer.html?file=/files/report.pdf)
            String address = href.replaceFirst(link ? "[?#].*" : "[&#].*", "");
            if (isDocument(address) || link && isDocument(name)) {
                boolean report = (name + href).contains("报告") || (name + href).contains("年报");
                named |= report;
                // the report's own attachment first
                files.add(report ? 0 : files.size(), name.isEmpty() ? href : name + " (" + href + ")");
            }
        }
        if (!named && textChars(lines) >= REPORT_CHARS) {
            return null;
        }
        if (!files.isEmpty()) {
            String list = String.join("; ", files.subList(0, Math.min(files.size(), MAX_NAMED)))
                    + (files.size() > MAX_NAMED ? "; …" : "");
            return new Reason("the page holds no report, only links to " + files.size() + " attached document(s): "
                    + list + "; check the attachment itself",
                    "网页中没有报告正文，只链接了 " + files.size() + " 个附件：" + list + "；请检查附件本身");
        }
        int images = 0;
        for (Element img : body.select("img")) {
            // not a link's picture (a logo, a menu), nor the furniture around the article
            images += img.closest("a, header, footer, nav") == null ? 1 : 0;
        }
        if (images > 0) {
            return new Reason("the page holds no report text, only " + images
                    + " image(s), which have no text (OCR is not supported)",
                    "网页中没有报告正文，只有 " + images + " 张图片，图片没有文字层（不支持文字识别）");
        }
        return null;
    }

    private static boolean isDocument(String name) {
        return ATTACHMENT.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    private static int textChars(List<RawLine> lines) {
        int n = 0;
        for (RawLine l : lines) {
            for (int i = 0; i < l.text().length(); i++) {
                n += Character.isWhitespace(l.text().charAt(i)) ? 0 : 1;
            }
        }
        return n;
    }

    private static Document parse(byte[] bytes) throws IOException, UnreadableException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset declared = m.find() ? charset(m.group(1)) : null;
        if (declared != null) {
            return Jsoup.parse(new ByteArrayInputStream(bytes), declared.name(), "");
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        if (d.problem() != null) {
            throw new UnreadableException("the HTML page could not be decoded: " + d.problem().en(),
                    "HTML 网页无法解码：" + d.problem().zh());
        }
        return Jsoup.parse(d.text());
    }

    /** The declared charset, widened to the superset real pages use (gb2312 pages hold GBK characters). */
    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("gb") || n.equals("x-gbk") || n.equals("cp936")) {
            return TextDecoder.GB18030;
        }
        if (n.startsWith("big5") || n.equals("cp950")) {
            return TextDecoder.BIG5;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // unknown: decode by content
        }
    }

    /** Non-link text per element, in non-space characters. */
    private static Map<Element, Integer> textWeights(Element body) {
        Map<Element, Integer> w = new IdentityHashMap<>();
        int[] inLink = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (SKIPPED.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("a")) {
                        inLink[0]++;
                    }
                } else if (node instanceof TextNode t && inLink[0] == 0 && node.parent() instanceof Element p) {
                    w.merge(p, nonSpace(t.getWholeText()), Integer::sum);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink[0]--;
                    }
                    if (e.parent() != null && e != body) {
                        w.merge(e.parent(), w.getOrDefault(e, 0), Integer::sum);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return w;
    }

    private static Element articleRoot(Element body) {
        Map<Element, Integer> w = textWeights(body);
        Element node = body;
        while (true) {
            int total = w.getOrDefault(node, 0);
            Element best = null;
            int bestW = -1;
            for (Element c : node.children()) {
                int cw = w.getOrDefault(c, 0);
                if (cw > bestW) {
                    best = c;
                    bestW = cw;
                }
            }
            if (best == null || total == 0 || bestW < DESCEND * total) {
                return node;
            }
            node = best;
        }
    }

    /**
     * The report title when the article body does not start with it: the last short text before the
     * body that names a report (not a link), else the page's declared article title.
     */
    private static String titleOutside(Document doc, Element root) {
        String start = LineCollector.clean(root.text());
        start = start.substring(0, Math.min(start.length(), 120));
        String found = null;
        for (Element e : doc.body().getAllElements()) {
            if (e == root) {
                break;
            }
            String own = LineCollector.clean(e.ownText());
            if (own.length() >= 6 && own.length() <= 100 && own.contains("报告") && e.closest("a") == null
                    && !isSkipped(e)) {
                found = own;
            }
        }
        if (found == null) {
            Element meta = doc.selectFirst("meta[name=ArticleTitle], meta[property=og:title]");
            String t = meta != null ? meta.attr("content") : doc.title().split("[_|｜]")[0];
            found = LineCollector.clean(t).contains("报告") ? LineCollector.clean(t) : null;
        }
        return found == null || start.contains(found) ? null : found;
    }

    /**
     * The publication date a government site states in its page metadata, {@code <meta name="PubDate">} (the page
     * metadata of 《政府网站发展指引》, 国办发〔2017〕47号), when it holds a date; else null.
     */
    private static String pubDate(Document doc) {
        Element meta = doc.selectFirst("meta[name=PubDate]");
        String d = meta == null ? "" : LineCollector.clean(meta.attr("content"));
        return d.length() <= 40 && DATE.matcher(d).find() ? d : null;
    }

    /** Short dated lines (发布时间 …) between the title and the article body. */
    private static List<String> datesBetween(Document doc, String title, Element root) {
        List<String> out = new ArrayList<>();
        boolean afterTitle = false;
        for (Element e : doc.body().getAllElements()) {
            if (e == root) {
                break;
            }
            String own = LineCollector.clean(e.ownText());
            if (own.equals(title)) {
                afterTitle = true;
            } else if (afterTitle && own.length() < 60 && DATE.matcher(own).find() && !isSkipped(e)) {
                out.add(own);
            }
        }
        return out;
    }

    /** An image the page sizes smaller than a table could be (an icon, a button): its width or height attribute. */
    private static boolean isIcon(Element img) {
        for (String size : List.of("width", "height")) {
            String v = img.attr(size).replaceFirst("px$", "").strip();
            if (v.matches("\\d{1,6}") && Integer.parseInt(v) < MIN_PICTURE_PX) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSkipped(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (SKIPPED.contains(a.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Blocks as paragraphs, data tables (those without nested tables) as rows; layout tables as blocks. */
    private static void emit(Element root, LineCollector out) {
        StringBuilder para = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    LineCollector.append(para, t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (SKIPPED.contains(tag) || isHidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("img") && !isIcon(e)) {
                    flush();
                    out.paragraph(Section.IMAGE);
                } else if (tag.equals("table") && e.selectFirst("table table") == null
                        && e.getElementsByTag("table").size() == 1) {
                    flush();
                    for (List<String> row : rows(e)) {
                        out.row(row);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                } else if (BLOCKS.contains(tag)) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            private void flush() {
                out.paragraph(para.toString());
                para.setLength(0);
            }
        }, root);
        out.paragraph(para.toString());
    }

    private static boolean isHidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || e.hasAttr("hidden");
    }

    /**
     * The rows of a table with spans expanded: a rowspan cell's text is repeated in every row it spans,
     * a colspan cell's text is in its first column and the other columns are empty.
     */
    static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> carryText = new ArrayList<>(); // per column: text carried down by a rowspan
        List<Integer> carryRows = new ArrayList<>(); // per column: rows still spanned
        for (Element tr : rowElements(table)) {
            List<String> row = new ArrayList<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                col = fillCarried(row, col, carryText, carryRows);
                String text = cellText(td);
                int colspan = span(td, "colspan");
                int rowspan = span(td, "rowspan");
                for (int k = 0; k < colspan; k++) {
                    set(row, col + k, k == 0 ? text : "");
                    setCarry(carryText, carryRows, col + k, k == 0 ? text : "", rowspan - 1);
                }
                col += colspan;
            }
            fillCarried(row, col, carryText, carryRows);
            while (row.size() < carryText.size()) {
                int c = row.size();
                row.add(carryRows.get(c) > 0 ? carryText.get(c) : "");
                if (carryRows.get(c) > 0) {
                    carryRows.set(c, carryRows.get(c) - 1);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The {@code <tr>} of {@code table} itself (not of the tables in its cells), one for each of its {@link #rows}. */
    static List<Element> rowElements(Element table) {
        List<Element> trs = new ArrayList<>();
        for (Element tr : table.getElementsByTag("tr")) {
            if (tr.closest("table") == table) {
                trs.add(tr);
            }
        }
        return trs;
    }

    /** Fills the columns from {@code col} that a rowspan above still covers; returns the next free column. */
    private static int fillCarried(List<String> row, int col, List<String> carryText, List<Integer> carryRows) {
        while (col < carryRows.size() && carryRows.get(col) > 0) {
            set(row, col, carryText.get(col));
            carryRows.set(col, carryRows.get(col) - 1);
            col++;
        }
        return col;
    }

    private static void setCarry(List<String> text, List<Integer> rows, int col, String t, int n) {
        while (text.size() <= col) {
            text.add("");
            rows.add(0);
        }
        text.set(col, t);
        rows.set(col, n);
    }

    private static void set(List<String> row, int col, String text) {
        while (row.size() <= col) {
            row.add("");
        }
        row.set(col, text);
    }

    private static int span(Element td, String attr) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(td.attr(attr).trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text on one line: wrapped and <br>-split pieces joined as running text. */
    private static String cellText(Element td) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (SKIPPED.contains(e.normalName()) || isHidden(e))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    LineCollector.append(b, t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, td);
        return b.toString();
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                n++;
            }
        }
        return n;
    }
}
