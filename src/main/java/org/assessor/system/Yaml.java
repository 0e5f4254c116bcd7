package org.assessor.system;

import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML readers of the project, configured once: strict for binding user files, plain for locating
 * keys; and {@link #read(Path)}, the one way a user's YAML file is read, with its caps checked.
 */
public final class Yaml {
    /** Rejects unknown and duplicate keys: what every configuration and case file is read with. */
    public static final YAMLMapper STRICT = YAMLMapper.builder(factory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    /** Reads whatever parses, for finding where a key is written. */
    public static final YAMLMapper PLAIN = YAMLMapper.builder(factory()).build();

    private Yaml() {
    }

    /**
     * The text of a user's YAML file, once it is known to be within the caps ({@link YamlLimits}): at most
     * 1 MiB of UTF-8, no value longer than 10,000 characters, at most 32 levels deep, no aliases, and
     * numbers written as {@link NumberText} says. Throws every problem found, each at its line and column.
     */
    public static String read(Path file) {
        String yaml = TextFile.read(file, YamlLimits.MAX_BYTES);
        List<Problem> problems = YamlLimits.check(file.toString(), yaml);
        if (problems.size() == 1) {
            throw new ProblemException(problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(file + " cannot be read (" + problems.size() + " problems)", problems);
        }
        return yaml;
    }

    /**
     * Jackson's own limits as a second line behind {@link YamlLimits}, and its messages kept short: a
     * value it quotes in an error is cut to {@value Shown#MAX} characters.
     */
    private static YAMLFactory factory() {
        return YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlLimits.MAX_DEPTH + 1)
                        .maxDocumentLength(YamlLimits.MAX_BYTES * 2).build())
                .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(Shown.MAX)
                        .maxRawContentLength(Shown.MAX).build())
                .build();
    }
}
