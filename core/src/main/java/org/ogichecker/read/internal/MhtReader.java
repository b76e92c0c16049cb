package org.ogichecker.read.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * A web archive ({@code .mht}, {@code .mhtml}, and a Word document saved as one, often named {@code .doc}): a MIME
 * message whose first HTML part is the page, in quoted-printable or base64, its images in the other parts. The page
 * is read by the HTML reader; the images are not needed (an {@code <img>} of the page stands for each).
 */
public final class MhtReader {

    private MhtReader() {
    }

    /** The bytes of the archive's HTML page, transfer encoding undone (the page's own charset is the HTML reader's). */
    public static byte[] page(byte[] bytes) throws UnreadableException {
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
            byte[] html = html(builder.parseMessage(new ByteArrayInputStream(bytes)));
            if (html == null) {
                throw new UnreadableException("the web archive (MHT) holds no HTML page", "网页归档（MHT）文件中没有 HTML 网页");
            }
            return html;
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.classify(e, MhtReader::damaged);
        }
    }

    /** The first HTML part of {@code entity}, depth first, or null. */
    private static byte[] html(Entity entity) throws IOException {
        Body body = entity.getBody();
        if (body instanceof Multipart m) {
            for (Entity part : m.getBodyParts()) {
                byte[] html = html(part);
                if (html != null) {
                    return html;
                }
            }
            return null;
        }
        if (body instanceof SingleBody single && "text/html".equalsIgnoreCase(entity.getMimeType())) {
            try (InputStream in = single.getInputStream()) {
                return in.readAllBytes();
            }
        }
        return null;
    }

    /** mime4j could not parse the archive. */
    private static UnreadableException damaged(Exception e) {
        return new UnreadableException("the web archive (MHT) could not be read: " + e.getMessage(),
                "网页归档（MHT）文件无法读取：" + e.getMessage());
    }
}
