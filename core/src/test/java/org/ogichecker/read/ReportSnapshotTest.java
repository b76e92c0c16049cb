package org.ogichecker.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogichecker.model.Report;

/**
 * Golden snapshots of the model read from each seed report: what "read correctly" means. A
 * snapshot was reviewed by hand against the source text; any difference fails. Regenerate with
 * {@code -Dsnapshots.update=true} and review the diff.
 */
class ReportSnapshotTest {

    private static final Path SAMPLES = Path.of("../examples/samples");
    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

    /** The source lines are the input, not the reading: left out of the snapshot. */
    @JsonIgnoreProperties({"lines"})
    private interface WithoutLines {
    }

    /** The model as data; shared with the other reading tests so that they compare the same view of it. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addMixIn(Report.class, WithoutLines.class)
            // derived flags such as Cell.isBlank() repeat what the fields say
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final ObjectWriter JSON = MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The seeds, and the real samples whose reading was reviewed. */
    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return Stream.concat(
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted(),
                    Stream.of("pingtan-2025.html")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachSeedReadsExactlyAsItsReviewedSnapshot(String seed) throws IOException {
        Path file = SAMPLES.resolve(seed);
        Report report = seed.endsWith(".txt")
                ? ReportReader.create().readText(Files.readString(file, StandardCharsets.UTF_8), seed)
                : ReportReader.create().read(Files.readAllBytes(file), seed);
        String actual = JSON.writeValueAsString(report) + "\n";
        Path snapshot = SNAPSHOTS.resolve(seed.replaceFirst("\\.[a-z]+$", ".json"));
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
        }
        assertThat(snapshot).as("snapshot %s (create it with -Dsnapshots.update=true)", snapshot).exists();
        assertThat(actual).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
    }
}
