package org.ogichecker.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's name and version, as stated in every output. */
public final class Tool {

    public static final String NAME = "ogi-check";

    /** The Maven project version, from a resource filtered at build time (so it is the same in tests and jars). */
    public static final String VERSION = loadVersion();

    private Tool() {
    }

    private static String loadVersion() {
        try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
