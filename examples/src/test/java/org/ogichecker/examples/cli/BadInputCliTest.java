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
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of("target", "ogi-check.jar").toString(), "--format", "json", dir.toString())
                .redirectError(err.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("ogi-check finished in time").isTrue();

        assertThat(p.exitValue()).as(Files.readString(err)).isEqualTo(3);
        JsonNode doc = new ObjectMapper().readTree(out); // the whole of stdout is the report
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

    /** The jar's JSON output on the good sample with {@code options}, after checking the exit code is 3. */
    private JsonNode unreadableGoodSample(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "ogi-check.jar").toString(), "--format", "json"));
        command.addAll(List.of(options));
        command.add(Path.of("samples", GOOD).toString());
        Process p = new ProcessBuilder(command).redirectError(tmp.resolve("err.txt").toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(3);
        return new ObjectMapper().readTree(out);
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
