package org.assessor.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;

/**
 * The methodology a run used: its files by path under the methodology home, and the what-if
 * parameter changes applied over them. Loading these again gives the same version.
 */
public record MethodologySnapshot(String id, String version, Map<String, String> sources, Map<String, String> changes) {

    /**
     * The methodology as the run had it, whatever the files under the methodology home say now: the
     * files are written to a scratch home, loaded (rules and all, into memory) and the scratch home removed.
     */
    public Methodology load() {
        Path home = null;
        try {
            home = Files.createTempDirectory("assessor-snapshot-");
            for (Map.Entry<String, String> file : sources.entrySet()) {
                Path target = home.resolve(file.getKey()).normalize();
                if (!target.startsWith(home)) {
                    throw new IllegalStateException("archived methodology file outside its home: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return WhatIf.apply(new Methodologies(home).load(id), changes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the archived methodology " + id, e);
        } finally {
            delete(home);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left behind is harmless
        }
    }
}
