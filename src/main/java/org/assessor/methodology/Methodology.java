package org.assessor.methodology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assessor.fact.Param;
import org.assessor.methodology.MethodologyConfig.InputDefinition;
import org.assessor.methodology.MethodologyConfig.SectorDefinition;
import tools.jackson.databind.JsonNode;

/**
 * A loaded, checked methodology: its configuration, its parameters, its rule files and its version,
 * a content hash over all of them.
 */
public final class Methodology {
    private final MethodologyConfig config;
    private final JsonNode tree;
    private final List<Param> params;
    private final Map<String, Param> paramsByName;
    private final List<RuleFile> ruleFiles;
    private final String version;
    private final String rulesVersion;
    private final Labels labels;
    private final Map<String, String> sources;
    private final Map<String, String> changes;

    Methodology(MethodologyConfig config, JsonNode tree, List<Param> params, List<RuleFile> ruleFiles, String version,
                Map<String, String> sources, Map<String, String> changes) {
        this.config = config;
        this.tree = tree;
        this.params = List.copyOf(params);
        this.paramsByName = params.stream().collect(Collectors.toUnmodifiableMap(Param::name, Function.identity()));
        this.ruleFiles = List.copyOf(ruleFiles);
        this.version = version;
        this.rulesVersion = hashOf(this.ruleFiles);
        this.labels = new Labels(config);
        this.sources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sources));
        this.changes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(changes));
    }

    public String id() {
        return config.id();
    }

    public MethodologyConfig config() {
        return config;
    }

    /** The configuration as merged over the methodology it extends, for methodologies that extend this one. */
    JsonNode tree() {
        return tree;
    }

    /** SHA-256 over the YAML configuration and every rule file, with their names. */
    public String version() {
        return version;
    }

    /**
     * SHA-256 over the rule files alone: methodologies (or what-if runs) that differ only in parameters
     * share compiled rules, since parameters reach the rules as facts.
     */
    public String rulesVersion() {
        return rulesVersion;
    }

    private static String hashOf(List<RuleFile> ruleFiles) {
        java.security.MessageDigest digest = org.assessor.system.Hashes.sha256();
        ruleFiles.forEach(rule -> org.assessor.system.Hashes.update(digest, rule.fileName(), rule.text()));
        return org.assessor.system.Hashes.hex(digest);
    }

    /** The first 12 hex digits of the version, enough to tell versions apart in text. */
    public String shortVersion() {
        return version.substring(0, 12);
    }

    public List<Param> params() {
        return params;
    }

    public Optional<Param> param(String name) {
        return Optional.ofNullable(paramsByName.get(name));
    }

    public List<RuleFile> ruleFiles() {
        return ruleFiles;
    }

    /**
     * The files this version was loaded from, by path relative to the methodology home
     * ({@code methodology-configs/<id>.yaml} of it and every methodology it extends, and its rule files):
     * enough to load the same version again elsewhere, e.g. to replay an archived run.
     */
    public Map<String, String> sources() {
        return sources;
    }

    /** The what-if parameter changes ({@code --set}) applied over {@link #sources()}; empty for the files as they are. */
    public Map<String, String> changes() {
        return changes;
    }

    public Labels labels() {
        return labels;
    }

    public Map<String, SectorDefinition> sectors() {
        return config.sectors();
    }

    public Map<String, InputDefinition> inputs() {
        return config.inputs();
    }

    /**
     * What this methodology's configuration relaxes of the sandbox's defaults, one sentence each: allowed
     * function blocks or eval, limits above the defaults. Empty when it relaxes nothing. Validation reports
     * these, the methodology page and API show them and every run records them with its explanations.
     */
    public List<String> relaxations() {
        List<String> relaxed = new ArrayList<>();
        MethodologyConfig.RulePolicy allow = config.allow();
        if (allow != null && Boolean.TRUE.equals(allow.functions())) {
            relaxed.add("allow.functions: the rules may use DRL function blocks");
        }
        if (allow != null && Boolean.TRUE.equals(allow.eval())) {
            relaxed.add("allow.eval: the rules may use eval conditions");
        }
        MethodologyConfig.Limits limits = config.limits() == null ? MethodologyConfig.Limits.DEFAULTS : config.limits().orDefaults();
        MethodologyConfig.Limits defaults = MethodologyConfig.Limits.DEFAULTS;
        above(relaxed, "limits.firings_per_rating", limits.firingsPerRating(), defaults.firingsPerRating());
        above(relaxed, "limits.seconds_per_batch", limits.secondsPerBatch(), defaults.secondsPerBatch());
        above(relaxed, "limits.megabytes_per_batch", limits.megabytesPerBatch(), defaults.megabytesPerBatch());
        return relaxed;
    }

    private static void above(List<String> relaxed, String key, int value, int standard) {
        if (value > standard) {
            relaxed.add(key + ": " + value + ", above the default " + standard);
        }
    }

    /** Trust attributes the input may carry (region, foundation trust...): kept, not rated. */
    public Map<String, MethodologyConfig.AttributeDefinition> attributes() {
        return config.attributes() == null ? Map.of() : config.attributes();
    }

    /** The intermediate results written next to the rating, in the order the configuration lists them. */
    public List<String> outputs() {
        return config.outputs() == null ? List.of() : List.copyOf(config.outputs().keySet());
    }
}
