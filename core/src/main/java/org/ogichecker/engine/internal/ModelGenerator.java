package org.ogichecker.engine.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.ModelWriter;
import org.drools.model.codegen.execmodel.PackageSources;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.util.maven.support.ReleaseIdImpl;
import org.ogichecker.engine.RulePack;

/**
 * Build step (not used at run time; needs drools-model-codegen): compiles a rule pack's DRL into the Java
 * sources of a Drools executable model and writes the index that {@link RuleSource#prebuiltModels()} reads.
 * The Maven build runs it after {@code compile} and then compiles the sources into the same classes directory.
 * It does nothing when neither the DRL nor the classes it was made against (the class path's directories, but
 * the model's own classes; its jars by name, size and date) have changed, and rewrites only the sources that
 * differ: an unchanged model costs a focused build no code generation nor compilation.
 *
 * <p>Usage: {@code ModelGenerator SOURCES_DIR CLASSES_DIR (core | RULE_PACK_CLASS)}.
 */
public final class ModelGenerator {

    /** The inputs' checksum of the last generation, beside its sources (not a Java file: never compiled). */
    private static final String STAMP = "rule-model.inputs";

    private ModelGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ModelGenerator SOURCES_DIR CLASSES_DIR (core | RULE_PACK_CLASS)");
        }
        RuleSource source = args[2].equals(RuleSource.CORE_KEY) ? RuleSource.core()
                : RuleSource.of((RulePack) Class.forName(args[2]).getDeclaredConstructor().newInstance());
        Path sourcesDir = Path.of(args[0]);
        Path classesDir = Path.of(args[1]);
        Path stampFile = sourcesDir.resolve(STAMP);
        String stamp = inputsStamp(source, sourcesDir, classesDir);
        if (Files.isRegularFile(classesDir.resolve(RuleSource.indexResource(source.key())))
                && Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
            System.out.println("The rule model of " + source.pack() + " is up to date.");
            return;
        }
        generate(source, sourcesDir, classesDir);
        Files.writeString(stampFile, stamp);
    }

    /** A checksum of everything the generated model depends on. */
    static String inputsStamp(RuleSource source, Path sourcesDir, Path classesDir) throws IOException {
        CRC32C crc = new CRC32C();
        crc.update(source.fingerprint().getBytes(StandardCharsets.UTF_8));
        Path index = classesDir.resolve(RuleSource.indexResource(source.key()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            crc.update(entry.getBytes(StandardCharsets.UTF_8));
            if (Files.isDirectory(p)) {
                try (var files = Files.walk(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        if (!f.equals(index) && !isGenerated(p.relativize(f), sourcesDir)) {
                            crc.update(p.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                            crc.update(Files.readAllBytes(f));
                        }
                    }
                }
            } else if (Files.isRegularFile(p)) {
                crc.update((Files.size(p) + "@" + Files.getLastModifiedTime(p)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return Long.toHexString(crc.getValue());
    }

    /** Whether a class file was compiled from the generated sources (of a previous run). */
    private static boolean isGenerated(Path classFile, Path sourcesDir) {
        String name = classFile.toString();
        if (!name.endsWith(".class")) {
            return false;
        }
        String base = name.substring(0, name.length() - ".class".length());
        int nested = base.indexOf('$', base.lastIndexOf(File.separatorChar) + 1);
        return Files.isRegularFile(sourcesDir.resolve((nested < 0 ? base : base.substring(0, nested)) + ".java"));
    }

    static void generate(RuleSource source, Path sourcesDir, Path classesDir) throws IOException {
        var conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(source.loader())
                .as(KnowledgeBuilderConfigurationImpl.KEY);
        var builder = new ModelBuilderImpl<>(PackageSources::dumpSources, conf,
                new ReleaseIdImpl("org.ogichecker", source.key(), "0"), false);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (int i = 0; i < source.resources().size(); i++) {
            batch.add(ResourceFactory.newByteArrayResource(source.drls().get(i))
                    .setSourcePath(source.resources().get(i)), ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            throw new IllegalStateException("rule pack " + source.pack() + " does not compile: " + builder.getErrors());
        }
        MemoryFileSystem files = new MemoryFileSystem();
        ModelWriter.Result result = new ModelWriter("").writeModel(files, builder.getPackageSources());
        Set<Path> written = new HashSet<>();
        for (var e : files.getMap().entrySet()) {
            Path f = sourcesDir.resolve(e.getKey().asString());
            writeIfChanged(f, e.getValue());
            written.add(f);
        }
        deleteAllBut(sourcesDir, written); // the sources of rules since removed must not be compiled again
        List<String> index = new ArrayList<>();
        index.add(source.fingerprint());
        index.addAll(result.getModelFiles());
        writeIfChanged(classesDir.resolve(RuleSource.indexResource(source.key())),
                String.join("\n", index).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Leaves an unchanged file alone, so that an unchanged model is not compiled again, nor, in turn, the
     * classes and tests that have it on their class path.
     */
    private static void writeIfChanged(Path f, byte[] content) throws IOException {
        if (Files.isRegularFile(f) && Arrays.equals(Files.readAllBytes(f), content)) {
            return;
        }
        Files.createDirectories(f.getParent());
        Files.write(f, content);
    }

    private static void deleteAllBut(Path dir, Set<Path> keep) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p) ? !keep.contains(p) : isEmptyDirectory(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
