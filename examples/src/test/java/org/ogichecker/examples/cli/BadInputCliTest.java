package org.ogichecker.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogichecker.testing.BadInputs;

/**
 * The whole bad-input corpus and one good report in one directory, through the shaded jar in a
 * process with a small heap: every input is in the JSON, the batch goes on past each bad one.
 */
class BadInputCliTest {

    private static final String GOOD = "003_787e7c90b6bc98b9.txt";

    @TempDir
    Path tmp;

    @Test
    void aDirectoryOfBadInputsAndOneGoodReportGivesEveryInputAResultAndExitCode3() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        List<Path> inputs = new ArrayList<>(BadInputs.generate(dir));
        for (Path p : BadInputs.committed()) {
            inputs.add(Files.copy(p, dir.resolve(p.getFileName())));
        }
        inputs.add(Files.copy(Path.of("samples", GOOD), dir.resolve(GOOD)));
        Run run = ogiCheck("-Xmx256m", "--format", "json", dir.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        JsonNode doc = run.json(); // the whole of stdout is the report
        Map<String, String> status = new HashMap<>();
        Map<String, String> first = new HashMap<>(); // the first finding's English message
        doc.get("reports").forEach(r -> {
            status.put(r.get("source").asText(), r.get("status").asText());
            first.put(r.get("source").asText(), r.at("/findings/0/messageEn").asText());
        });
        assertThat(status).hasSize(inputs.size());
        for (Path input : inputs) {
            assertThat(status).as("the output has %s", input).containsKey(input.toString());
        }
        assertThat(status.get(dir.resolve(GOOD).toString())).isEqualTo("CHECKED");
        assertThat(status.get(dir.resolve("every-cell-slash.txt").toString())).isEqualTo("CHECKED");
        assertThat(status.get(dir.resolve(BadInputs.MANY_PARTS).toString())).isEqualTo("CHECKED");
        assertThat(status.get(dir.resolve(BadInputs.ZIP_BOMB).toString())).isEqualTo("UNREADABLE");
        assertThat(status.get(dir.resolve(BadInputs.BIG_TEXT).toString())).isEqualTo("UNREADABLE");
        // refused for their glyphs, their lack of text and their lines before they fill the heap (no OutOfMemoryError)
        assertThat(first.get(dir.resolve(BadInputs.GLYPH_BOMB).toString()))
                .contains("page 1 shows more than 100000 glyphs");
        assertThat(first.get(dir.resolve(BadInputs.GRID_BOMB).toString())).contains("the PDF has no text layer");
        assertThat(first.get(dir.resolve(BadInputs.LINE_BREAKS).toString())).contains("exceeds the line limit");
        assertThat(first.get(dir.resolve(BadInputs.LONG_DOCX).toString())).contains("exceeds the length limit");
        assertThat(doc.at("/summary/reports").asInt()).isEqualTo(inputs.size());
    }

    /**
     * Web pages of 30 MB (within the size limit) that need more than the heap, among ordinary reports, on two threads.
     * Before, a page that filled the heap stopped the batch with an OutOfMemoryError (exit code 4, the rest of the
     * results lost) in five runs of six, and once made the other thread's report unreadable; with only the reader's
     * out-of-memory reason, in 2 runs of 40, one way or the other; with reads and checks that ran out of memory made
     * again alone, in none of 30. Each report is checked; each page is read or says it needed more memory.
     */
    @Test
    void largePagesThatFillASmallHeapLoseNoOtherReportOfTheBatch() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        List<Path> reports = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            reports.add(Files.copy(Path.of("samples", GOOD), dir.resolve("r" + (100 + i) + ".txt")));
        }
        StringBuilder page = new StringBuilder("<html><body>");
        String attribute = "x".repeat(1000);
        for (int i = 0; i < 30_000; i++) {
            page.append("<p data-a=\"").append(attribute).append(i).append("\">一</p>");
        }
        page.append("</body></html>");
        Path first = Files.writeString(tmp.resolve("page.html"), page);
        List<Path> pages = new ArrayList<>();
        for (int i = 1; i <= 8; i++) { // in names that sort among the reports; links, not 240 MB of copies
            pages.add(Files.createLink(dir.resolve("r" + (100 + 25 * i) + "a.html"), first));
        }

        Run run = ogiCheck("-Xmx128m", "--format", "json", "--jobs", "2", dir.toString());

        assertThat(run.exit()).as(run.err()).isIn(1, 3);
        Map<String, JsonNode> results = new HashMap<>();
        run.json().get("reports").forEach(r -> results.put(r.get("source").asText(), r));
        assertThat(results).hasSize(208);
        for (Path r : reports) {
            assertThat(results.get(r.toString()).get("status").asText()).as(r.toString()).isEqualTo("CHECKED");
        }
        for (Path p : pages) {
            JsonNode r = results.get(p.toString());
            if (r.get("status").asText().equals("UNREADABLE")) {
                assertThat(r.at("/findings/0/messageEn").asText()).contains("there was not enough memory to read");
            }
        }
    }

    /** The jar's standard output, standard error and exit code. */
    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    /** Runs the jar in a JVM with the heap option {@code heap} (or the default heap when null). */
    private Run ogiCheck(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (heap != null) {
            command.add(heap);
        }
        command.addAll(List.of("-jar", Path.of("target", "ogi-check.jar").toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("ogi-check finished in time").isTrue();
        return new Run(p.exitValue(), out, Files.readString(err));
    }

    /** The jar's JSON output on the good sample with {@code options}, after checking the exit code is 3. */
    private JsonNode unreadableGoodSample(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--format", "json"));
        args.addAll(List.of(options));
        args.add(Path.of("samples", GOOD).toString());
        Run run = ogiCheck(null, args.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(3);
        return run.json();
    }

    @Test
    void maxSizeMakesALargerInputUnreadableWithBothSizes() throws Exception {
        JsonNode out = unreadableGoodSample("--max-size", "1000", "--timeout", "5");

        assertThat(out.at("/reports/0/findings/0/messageEn").asText()).contains("exceeds the size limit ("
                + Files.size(Path.of("samples", GOOD)) + " bytes > limit of 1000 bytes)");
    }

    @Test
    void maxCharsAndMaxLinesMakeALongerInputUnreadableWithTheLimit() throws Exception {
        assertThat(unreadableGoodSample("--max-chars", "100").at("/reports/0/findings/0/messageEn").asText())
                .contains("exceeds the length limit").contains("> limit of 100 characters)");
        assertThat(unreadableGoodSample("--max-lines", "5").at("/reports/0/findings/0/messageEn").asText())
                .contains("exceeds the line limit").contains("> limit of 5 lines)");
    }
}
