package org.assessor.output;

import java.nio.file.Path;
import java.util.List;

import org.assessor.methodology.Methodology;
import org.assessor.system.EngineVersion;
import org.assessor.system.Hashes;

/**
 * What a run used, recorded with its outputs so a rating can be traced to its rules, data and engine,
 * with what the methodology relaxed of the rules sandbox ({@link Methodology#relaxations()}), if anything.
 */
public record RunInfo(String methodology, String methodologyVersion, String title, String inputFile,
                      String inputSha256, String engineVersion, List<String> relaxations) {

    public static RunInfo of(Methodology methodology, Path input) {
        return new RunInfo(methodology.id(), methodology.version(), methodology.config().title(),
                input.getFileName().toString(), Hashes.of(input), EngineVersion.get(), methodology.relaxations());
    }
}
