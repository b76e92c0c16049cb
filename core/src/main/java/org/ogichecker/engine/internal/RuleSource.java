package org.ogichecker.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.drools.model.Model;
import org.ogichecker.engine.RulePack;

/**
 * The DRL files of one rule pack (or of the engine's own input rule), and the executable model that
 * {@link ModelGenerator} may have compiled from them at build time. Loading that model instead of compiling
 * the DRL saves seconds at start-up; it is used only if it was made from exactly these DRL files, so an
 * edited DRL without a rebuild, or a pack that ships DRL only, is compiled as before.
 *
 * @param pack the pack's name, shown in rule listings
 * @param key names the model index: {@code core} or the pack's class name
 * @param loader loads the DRL files, the index and the model classes
 * @param resources the DRL files' class-path resource names
 * @param drls their contents, in the same order
 */
public record RuleSource(String pack, String key, ClassLoader loader, List<String> resources, List<byte[]> drls) {

    static final String CORE_DRL = "org/ogichecker/engine/core.drl";
    static final String CORE_KEY = "core";

    /** The engine's own rule, which reports unreadable input. */
    public static RuleSource core() {
        return read("core", CORE_KEY, RuleSource.class.getClassLoader(), List.of(CORE_DRL));
    }

    public static RuleSource of(RulePack p) {
        return read(p.name(), p.getClass().getName(), p.getClass().getClassLoader(), p.drlResources());
    }

    private static RuleSource read(String pack, String key, ClassLoader loader, List<String> resources) {
        List<byte[]> drls = new ArrayList<>();
        for (String res : resources) {
            try (InputStream in = loader.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("rule file " + res + " is not on the class path");
                }
                drls.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleSource(pack, key, loader, List.copyOf(resources), List.copyOf(drls));
    }

    /** The class-path resource listing the model classes: the DRL's fingerprint on the first line, then one class a line. */
    static String indexResource(String key) {
        return "META-INF/ogichecker/models/" + key;
    }

    /**
     * A checksum (CRC-32C) and the length of the resource names and contents: it tells a model made from other
     * DRL (an edit since the build) and, unlike SHA-256, costs nothing at start-up (0.5 ms against 25 ms).
     */
    String fingerprint() {
        CRC32C crc = new CRC32C();
        long length = 0;
        for (int i = 0; i < resources.size(); i++) {
            byte[] name = resources.get(i).getBytes(StandardCharsets.UTF_8);
            crc.update(name);
            crc.update(0);
            crc.update(drls.get(i));
            crc.update(0);
            length += name.length + drls.get(i).length + 2;
        }
        return Long.toHexString(crc.getValue()) + "-" + length;
    }

    /** The pre-built executable model of these DRL files, if the build made one from exactly them. */
    public Optional<List<Model>> prebuiltModels() {
        try (InputStream in = loader.getResourceAsStream(indexResource(key))) {
            if (in == null) {
                return Optional.empty();
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty() || !lines.get(0).equals(fingerprint())) {
                return Optional.empty();
            }
            List<Model> models = new ArrayList<>();
            for (String cls : lines.subList(1, lines.size())) {
                models.add((Model) Class.forName(cls, true, loader).getDeclaredConstructor().newInstance());
            }
            return Optional.of(models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the pre-built rule model of " + pack + " cannot be loaded", e);
        }
    }
}
