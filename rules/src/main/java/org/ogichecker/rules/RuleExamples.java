package org.ogichecker.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.model.BodyType;
import org.ogichecker.read.ReportReader;

/**
 * A small report that fires a given rule of the standard pack, for {@code ogi-check --explain}.
 * Check an example by reading {@link RuleExample#reportText()} as UTF-8 bytes with {@link ReportReader}
 * and checking it with {@link RuleExample#options()}.
 *
 * <p>The examples are resources under {@code org/ogichecker/rules/examples/}: three complete, consistent
 * base reports ({@code base-f2021.txt}, {@code base-f2019.txt}, {@code base-r2007.txt}; plain text, one
 * paragraph or table row a line, cells separated by tabs) and, per rule, {@code RULE-ID.patch}, which
 * says how to break a base. A patch is UTF-8 text, one directive a line; blank lines and lines starting
 * with {@code #} are ignored; in the text arguments {@code \t} is a tab, {@code \n} a line break and
 * {@code \\} a backslash:
 * <pre>
 * base f2021                the base report (base-f2021.txt); "none" for an empty input; required, first
 * published 2024-05-01      option: the publication date
 * body GOVERNMENT           option: the body type (GOVERNMENT, DEPARTMENT, UNKNOWN)
 * previous NAME             option: the previous year's report, the resource NAME (a base .txt or a .patch;
 *                           those for previous years are under previous/)
 * replace OLD =&gt; NEW        the first occurrence of OLD becomes NEW (nothing after =&gt;: OLD is removed)
 * replace-all OLD =&gt; NEW    every occurrence of OLD becomes NEW
 * delete TEXT               the first line containing TEXT is removed
 * </pre>
 * An edit whose text is not found is an error of the example, never silently skipped.
 */
public final class RuleExamples {

    private static final String DIR = "examples/";

    /**
     * A rule's example.
     *
     * @param ruleId     the rule it fires
     * @param reportText the report, as plain text
     * @param options    the options to check it with (publication date, body type, previous report, …)
     */
    public record RuleExample(String ruleId, String reportText, CheckOptions options) {
    }

    private RuleExamples() {
    }

    /** The example of {@code ruleId}, or empty when the rule has none (an unknown id). */
    public static Optional<RuleExample> forRule(String ruleId) {
        if (!ruleId.matches("[A-Za-z0-9-]+")) {
            return Optional.empty();
        }
        return resource(ruleId + ".patch").map(patch -> {
            Patched p = apply(patch, ruleId + ".patch");
            return new RuleExample(ruleId, p.text(), p.options());
        });
    }

    /** A patched base: the text and the options the patch set. */
    private record Patched(String text, CheckOptions options) {
    }

    private static Patched apply(String patch, String name) {
        String text = null;
        CheckOptions options = CheckOptions.DEFAULTS;
        for (String raw : patch.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int sp = line.indexOf(' ');
            String op = sp < 0 ? line : line.substring(0, sp);
            String arg = sp < 0 ? "" : unescape(line.substring(sp + 1));
            if (text == null && !op.equals("base")) {
                throw broken(name, "the first directive must be base, not " + op);
            }
            switch (op) {
                case "base" -> text = arg.equals("none") ? "" : require("base-" + arg + ".txt");
                case "published" -> options = options.withPublished(LocalDate.parse(arg));
                case "body" -> options = options.withBodyType(BodyType.valueOf(arg));
                case "previous" -> options = options.withPrevious(ReportReader.create()
                        .read(previousText(arg).getBytes(StandardCharsets.UTF_8), arg));
                case "replace", "replace-all" -> {
                    int arrow = arg.indexOf(" =>");
                    String old = arrow < 0 ? "" : arg.substring(0, arrow);
                    String now = arrow < 0 ? "" : arg.substring(arrow + 3).replaceFirst("^ ", "");
                    if (old.isEmpty() || !text.contains(old)) {
                        throw broken(name, "no text to replace in: " + line);
                    }
                    text = op.equals("replace") ? text.replaceFirst(Pattern.quote(old), Matcher.quoteReplacement(now))
                            : text.replace(old, now);
                }
                case "delete" -> text = deleteLine(text, arg, name);
                default -> throw broken(name, "unknown directive " + op);
            }
        }
        if (text == null) {
            throw broken(name, "no base");
        }
        return new Patched(text, options);
    }

    private static String previousText(String resource) {
        return resource.endsWith(".patch") ? apply(require(resource), resource).text() : require(resource);
    }

    private static String deleteLine(String text, String needle, String name) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                lines.remove(i);
                return String.join("\n", lines) + "\n";
            }
        }
        throw broken(name, "no line to delete contains: " + needle);
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String require(String resource) {
        return resource(resource).orElseThrow(() -> broken(resource, "missing resource"));
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = RuleExamples.class.getResourceAsStream(DIR + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalStateException broken(String name, String why) {
        return new IllegalStateException("rule example " + name + ": " + why);
    }
}
