package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * Compiled rules stored on disk rate exactly like freshly compiled ones; an entry that is damaged, unsigned,
 * signed by another installation or refused by the generated-code check is compiled again, never run.
 */
class CompiledRulesCacheTest {
    @TempDir
    Path folder;

    private final Methodology methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");
    private final GeneratedCode check = new GeneratedCode(Set.of("assessor.star_ratings_2003_04"), methodology.ruleFiles());

    @Test
    void aCachedModuleRatesLikeAFreshCompilation() throws IOException {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        KieBase fresh = compileWith(cache);
        String key = cache.key(methodology.rulesVersion());
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(key + ".rules", "cache.key");
        }
        assertThat(Files.getPosixFilePermissions(folder.resolve("cache.key"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(cache.load(key, jar -> true)).as("the stored module loads back").isNotNull();
        KieBase cached = compileWith(cache);
        assertThat(ratings(cached)).isEqualTo(ratings(fresh));
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgain() throws IOException {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        compileWith(cache);
        String key = cache.key(methodology.rulesVersion());
        Files.writeString(cache.entry(key), "not a jar, not signed");
        assertThat(cache.load(key, jar -> true)).isNull();
        assertThat(ratings(compileWith(cache))).hasSize(275);
    }

    @Test
    void anEntrySignedByAnotherInstallationIsNotLoaded() throws IOException {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        compileWith(cache);
        String key = cache.key(methodology.rulesVersion());
        byte[] stored = Files.readAllBytes(cache.entry(key));
        Path other = folder.resolve("other");
        Files.createDirectories(other);
        CompiledRulesCache elsewhere = new CompiledRulesCache(other);
        Files.write(elsewhere.entry(key), stored);
        compileWith(elsewhere); // makes the other installation's own key, then replaces the foreign entry
        assertThat(Files.readAllBytes(elsewhere.entry(key))).isNotEqualTo(stored);
        Files.write(elsewhere.entry(key), stored);
        assertThat(elsewhere.load(key, jar -> true)).isNull();
    }

    @Test
    void aChangedModuleWithItsOldSignatureIsNotLoaded() throws IOException {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        compileWith(cache);
        String key = cache.key(methodology.rulesVersion());
        byte[] stored = Files.readAllBytes(cache.entry(key));
        stored[stored.length - 100] ^= 1;
        Files.write(cache.entry(key), stored);
        assertThat(cache.load(key, jar -> true)).isNull();
    }

    @Test
    void aSignedEntryTheCheckRefusesIsNotLoaded() {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        compileWith(cache);
        String key = cache.key(methodology.rulesVersion());
        assertThat(cache.load(key, jar -> true)).isNotNull();
        assertThat(cache.load(key, jar -> false)).isNull();
    }

    @Test
    void aSignedModuleOfHostileRulesPlantedUnderTheKeyIsCheckedRefusedAndReplacedWithoutRunning() throws IOException {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        String key = cache.key(methodology.rulesVersion());
        // as if the key had leaked: a module compiled from hostile rules, signed, under the methodology's own key
        HostileSamples.Sample hostile = HostileSamples.read("canary-consequence");
        byte[] planted = new RuleCompiler(null).generate("planted", "planted", List.of(hostile.file()));
        cache.store(key, planted);
        byte[] plantedEntry = Files.readAllBytes(cache.entry(key));
        assertThat(cache.load(key, jar -> true)).as("the planted entry is signed").isNotNull();
        HostileSamples.clearCanaries();

        List<String> rated = ratings(compileWith(cache));

        assertThat(rated).hasSize(275).isEqualTo(ratings(new RuleCompiler(null).compile(methodology.id(), methodology.rulesVersion(),
                methodology.ruleFiles(), check)));
        assertThat(HostileSamples.canaryShown()).isFalse();
        assertThat(Files.readAllBytes(cache.entry(key))).as("replaced by the real module").isNotEqualTo(plantedEntry);
    }

    @Test
    void aKeyOthersMayReadDisablesTheCache() throws IOException {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        compileWith(cache);
        String key = cache.key(methodology.rulesVersion());
        Files.setPosixFilePermissions(folder.resolve("cache.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(cache.load(key, jar -> true)).isNull();
    }

    @Test
    void aMissingEntryLoadsNothing() {
        assertThat(new CompiledRulesCache(folder).load("no-such-key", jar -> true)).isNull();
    }

    @Test
    void theKeyChangesWithTheRules() {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        assertThat(cache.key("a")).isNotEqualTo(cache.key("b")).isEqualTo(cache.key("a"));
    }

    private KieBase compileWith(CompiledRulesCache cache) {
        return new RuleCompiler(cache).compile(methodology.id(), methodology.rulesVersion(), methodology.ruleFiles(), check);
    }

    private List<String> ratings(KieBase kieBase) {
        RuleBase rules = new RuleBase(methodology, kieBase, new RuleOrder(methodology.ruleFiles()));
        List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(Projects.PUBLISHED_2003_04);
        return new Assessor().rate(rules, assessments).stream()
                .map(r -> r.assessment() + "=" + r.value() + " " + r.results() + " " + r.steps().size()).toList();
    }
}
