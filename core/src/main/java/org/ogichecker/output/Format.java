package org.ogichecker.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ogichecker.engine.RuleInfo;

/** The output formats, each with the writer that streams results in it. */
public enum Format {
    TEXT("txt"),
    JSON("json"),
    SARIF("sarif"),
    HTML("html"),
    CSV("csv");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The format of this name, in any case ("json", "SARIF"). */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** A writer of this format to {@code out}; SARIF then describes only the rules that fired. */
    public ResultWriter open(Writer out, Language lang) {
        return open(out, lang, List.of());
    }

    /**
     * A writer of this format to {@code out}. {@code rules} (from {@code ComplianceChecker.rules()})
     * are what SARIF lists in {@code tool.driver.rules} with their metadata; the other formats
     * ignore them, and JSON always has both languages.
     */
    public ResultWriter open(Writer out, Language lang, List<RuleInfo> rules) {
        try {
            return switch (this) {
                case TEXT -> TextWriter.to(out, lang);
                case JSON -> JsonWriter.to(out);
                case SARIF -> SarifWriter.to(out, lang, rules);
                case HTML -> HtmlWriter.to(out, lang);
                case CSV -> CsvWriter.to(out, lang);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
