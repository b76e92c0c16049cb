package org.ogichecker.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 *
 * <p>Usage: {@code ModelGenerator SOURCES_DIR CLASSES_DIR (core | RULE_PACK_CLASS)}.
 */
public final class ModelGenerator {

    private ModelGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ModelGenerator SOURCES_DIR CLASSES_DIR (core | RULE_PACK_CLASS)");
        }
        RuleSource source = args[2].equals(RuleSource.CORE_KEY) ? RuleSource.core()
                : RuleSource.of((RulePack) Class.forName(args[2]).getDeclaredConstructor().newInstance());
        generate(source, Path.of(args[0]), Path.of(args[1]));
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
        deleteTree(sourcesDir); // the sources of rules since removed must not be compiled again
        MemoryFileSystem files = new MemoryFileSystem();
        ModelWriter.Result result = new ModelWriter("").writeModel(files, builder.getPackageSources());
        for (var e : files.getMap().entrySet()) {
            Path f = sourcesDir.resolve(e.getKey().asString());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        List<String> index = new ArrayList<>();
        index.add(source.fingerprint());
        index.addAll(result.getModelFiles());
        Path indexFile = classesDir.resolve(RuleSource.indexResource(source.key()));
        Files.createDirectories(indexFile.getParent());
        Files.write(indexFile, index, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
