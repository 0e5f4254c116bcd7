package org.assessor.system;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The YAML readers of the project, configured once: strict for binding user files, plain for locating keys. */
public final class Yaml {
    /** Rejects unknown and duplicate keys: what every configuration and case file is read with. */
    public static final YAMLMapper STRICT = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    /** Reads whatever parses, for finding where a key is written. */
    public static final YAMLMapper PLAIN = YAMLMapper.builder().build();

    private Yaml() {
    }
}
