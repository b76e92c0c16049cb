package org.ogichecker.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accepted findings: a finding that matches an entry is moved from {@link CheckResult#findings()} to
 * {@link CheckResult#suppressed()} with the entry's reason, so it no longer counts but stays visible.
 * Immutable and thread-safe.
 *
 * <p>A finding matches an entry by the report's file name (not its folder, so a moved folder still
 * matches), the rule id and the location: section, table, row and column. Neither the message nor
 * the line number is part of the key, so a reworded message or a shifted line does not undo an
 * acceptance; only a finding with no section, table, row or column is keyed by its line instead.
 * One entry accepts every finding with its key.
 *
 * <p>The file is UTF-8 JSON:
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "entries": [
 *     {
 *       "report": "2021年报.pdf",          // file name of the report (required)
 *       "rule": "T3-C1-BALANCE",          // rule id (required)
 *       "section": null, "table": "T3", "row": "…", "column": "总计",  // location, null when absent
 *       "line": null,                     // only when section, table, row and column are all null
 *       "reason": "计算口径已向发布机关核实",  // why it is accepted (required, not blank)
 *       "message": "…"                    // the message when written, for people; ignored when matching
 *     }
 *   ]
 * }
 * }</pre>
 * Any other field, a missing required field or a value of the wrong type makes {@link #read} fail
 * with a message naming the file, the entry and the field.
 */
public final class Baseline {

    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP_FIELDS = Set.of("formatVersion", "entries");
    private static final Set<String> ENTRY_FIELDS =
            Set.of("report", "rule", "section", "table", "row", "column", "line", "reason", "message");
    private static final Baseline EMPTY = new Baseline(Map.of());

    /** What identifies a finding across runs. */
    private record Key(String report, String rule, String section, String table, String row, String column,
            int line) {

        static Key of(String source, Finding f) {
            Location l = f.location();
            boolean placed = l.section() != null || l.table() != null || l.row() != null || l.column() != null;
            return new Key(fileName(source), f.rule(), l.section(), l.table(), l.row(), l.column(),
                    placed ? 0 : l.line());
        }
    }

    private final Map<Key, String> reasons;

    private Baseline(Map<Key, String> reasons) {
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    public static Baseline empty() {
        return EMPTY;
    }

    /** The number of entries. */
    public int size() {
        return reasons.size();
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("baseline " + file + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"), e);
        }
        String where = "baseline " + file;
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(where + ": expected a JSON object with \"formatVersion\" and \"entries\"");
        }
        unknownFields(root, TOP_FIELDS, where);
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt() || version.asInt() != FORMAT_VERSION) {
            throw new IllegalArgumentException(where + ": \"formatVersion\" must be " + FORMAT_VERSION + ", not " + version);
        }
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException(where + ": \"entries\" must be an array");
        }
        Map<Key, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String at = where + ", entry " + (i + 1);
            if (!e.isObject()) {
                throw new IllegalArgumentException(at + ": expected an object");
            }
            unknownFields(e, ENTRY_FIELDS, at);
            JsonNode line = e.get("line");
            if (line != null && !line.isNull() && !line.canConvertToInt()) {
                throw new IllegalArgumentException(at + ": \"line\" must be a number or null");
            }
            string(e, "message", false, at);
            Key key = new Key(string(e, "report", true, at), string(e, "rule", true, at),
                    string(e, "section", false, at), string(e, "table", false, at), string(e, "row", false, at),
                    string(e, "column", false, at), line == null || line.isNull() ? 0 : line.asInt());
            reasons.put(key, string(e, "reason", true, at));
        }
        return new Baseline(reasons);
    }

    /** The result with every finding this baseline accepts moved to the suppressed ones. */
    public CheckResult apply(CheckResult r) {
        List<Finding> active = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>(r.suppressed());
        for (Finding f : r.findings()) {
            String reason = reasons.get(Key.of(r.source(), f));
            if (reason == null) {
                active.add(f);
            } else {
                suppressed.add(new Suppressed(f, reason));
            }
        }
        if (active.size() == r.findings().size()) {
            return r;
        }
        Collections.sort(suppressed);
        return new CheckResult(r.source(), r.status(), r.metadata(), r.regime(), r.rulesRun(), active, suppressed,
                r.report());
    }

    /**
     * Writes a baseline accepting every active finding of these results with {@code defaultReason},
     * in the order of the results and their findings. Findings already suppressed keep their entry
     * and reason, so rewriting a baseline from a run that used it loses nothing.
     */
    public static void write(List<CheckResult> results, Writer out, String defaultReason) throws IOException {
        if (defaultReason == null || defaultReason.isBlank()) {
            throw new IllegalArgumentException("a baseline entry needs a reason");
        }
        Map<Key, Finding> first = new LinkedHashMap<>();
        Map<Key, String> reasons = new LinkedHashMap<>();
        for (CheckResult r : results) {
            List<Suppressed> all = new ArrayList<>(r.suppressed());
            r.findings().forEach(f -> all.add(new Suppressed(f, defaultReason)));
            Collections.sort(all);
            for (Suppressed s : all) {
                Key k = Key.of(r.source(), s.finding());
                first.putIfAbsent(k, s.finding());
                reasons.putIfAbsent(k, s.reason());
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode entries = root.putArray("entries");
        first.forEach((k, f) -> {
            ObjectNode e = entries.addObject();
            e.put("report", k.report());
            e.put("rule", k.rule());
            e.put("section", k.section());
            e.put("table", k.table());
            e.put("row", k.row());
            e.put("column", k.column());
            if (k.line() > 0) {
                e.put("line", k.line());
            } else {
                e.putNull("line");
            }
            e.put("reason", reasons.get(k));
            e.put("message", f.message());
        });
        MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    /** The file name of a source path, whichever separator it uses. */
    static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown field \"" + name + "\" (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String string(JsonNode e, String field, boolean required, String where) {
        JsonNode v = e.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(where + ": \"" + field + "\" is missing");
            }
            return null;
        }
        if (!v.isTextual() || (required && v.asText().isBlank())) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a non-empty string, not " + v);
        }
        return v.asText();
    }
}
