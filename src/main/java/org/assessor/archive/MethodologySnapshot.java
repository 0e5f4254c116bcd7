package org.assessor.archive;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;
import org.assessor.system.Scratch;

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
        try (Scratch home = Scratch.create("assessor-snapshot-")) {
            sources.forEach((path, text) -> home.write(path, text.getBytes(StandardCharsets.UTF_8)));
            return WhatIf.apply(new Methodologies(home.folder()).load(id), changes);
        }
    }
}
