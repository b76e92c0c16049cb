package org.ogichecker.read.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * A web archive ({@code .mht}, {@code .mhtml}, and a Word document saved as one, often named {@code .doc}): a MIME
 * message whose first HTML part is the page, in quoted-printable or base64, its images in the other parts. The page
 * is read by the HTML reader; the images are not needed (an {@code <img>} of the page stands for each).
 */
public final class MhtReader {

    private MhtReader() {
    }

    /**
     * The bytes of the archive's HTML page, transfer encoding undone (the page's own charset is the HTML reader's).
     * The parts are streamed, not built into a message: an archive of 200 000 small parts filled a 256 MB heap.
     */
    public static byte[] page(byte[] bytes) throws UnreadableException {
        try {
            MimeTokenStream parts = new MimeTokenStream(MimeConfig.PERMISSIVE);
            parts.parse(new ByteArrayInputStream(bytes));
            for (EntityState s = parts.getState(); s != EntityState.T_END_OF_STREAM; s = parts.next()) {
                if (s == EntityState.T_BODY && "text/html".equalsIgnoreCase(parts.getBodyDescriptor().getMimeType())) {
                    try (InputStream in = parts.getDecodedInputStream()) {
                        return in.readAllBytes();
                    }
                }
            }
            throw new UnreadableException("the web archive (MHT) holds no HTML page", "网页归档（MHT）文件中没有 HTML 网页");
        } catch (IOException | MimeException | RuntimeException e) {
            throw ReadFailures.classify(e, MhtReader::damaged);
        }
    }

    /** mime4j could not parse the archive. */
    private static UnreadableException damaged(Exception e) {
        return new UnreadableException("the web archive (MHT) could not be read: " + e.getMessage(),
                "网页归档（MHT）文件无法读取：" + e.getMessage());
    }
}
