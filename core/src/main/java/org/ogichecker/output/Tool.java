package org.ogichecker.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's name and version, as stated in every output. */
public final class Tool {

    public static final String NAME = "ogi-check";

    /** The Maven project version, from a resource filtered at build time (so it is the same in tests and jars). */
    public static final String VERSION;

    /** Where to read about the tool (the project's {@code <url>} in the pom), or null when the build names none. */
    public static final String INFORMATION_URI;

    static {
        Properties p = load();
        VERSION = p.getProperty("version");
        String url = p.getProperty("url", "");
        INFORMATION_URI = url.startsWith("http") ? url : null;
    }

    private Tool() {
    }

    private static Properties load() {
        try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
