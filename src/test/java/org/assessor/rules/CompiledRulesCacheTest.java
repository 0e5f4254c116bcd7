package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.Projects;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.assessment.Subject;
import org.assessor.input.SubjectReader;
import org.assessor.methodology.Methodology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/** Compiled rules stored on disk rate exactly like freshly compiled ones; a damaged entry is compiled again. */
class CompiledRulesCacheTest {
    @TempDir
    Path folder;

    private final Methodology methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");

    @Test
    void aCachedModuleRatesLikeAFreshCompilation() throws IOException {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        KieBase fresh = compileWith(cache);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactly(cache.key(methodology.rulesVersion()) + ".jar");
        }
        assertThat(cache.load(cache.key(methodology.rulesVersion()))).as("the stored module loads back").isNotNull();
        KieBase cached = compileWith(cache);
        assertThat(ratings(cached)).isEqualTo(ratings(fresh));
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgain() throws IOException {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        Files.writeString(folder.resolve(cache.key(methodology.rulesVersion()) + ".jar"), "not a jar");
        assertThat(ratings(compileWith(cache))).hasSize(275);
    }

    @Test
    void aMissingEntryLoadsNothing() {
        assertThat(new CompiledRulesCache(folder).load("no-such-key")).isNull();
    }

    @Test
    void theKeyChangesWithTheRules() {
        CompiledRulesCache cache = new CompiledRulesCache(folder);
        assertThat(cache.key("a")).isNotEqualTo(cache.key("b")).isEqualTo(cache.key("a"));
    }

    private KieBase compileWith(CompiledRulesCache cache) {
        return new RuleCompiler(cache).compile(methodology.id(), methodology.rulesVersion(), methodology.ruleFiles());
    }

    private List<String> ratings(KieBase kieBase) {
        RuleBase rules = new RuleBase(methodology, kieBase, new RuleOrder(methodology.ruleFiles()));
        List<Subject> subjects = new SubjectReader(methodology).read(Projects.PUBLISHED_2003_04);
        return new Assessor().rate(rules, subjects).stream()
                .map(r -> r.assessment() + "=" + r.value() + " " + r.results() + " " + r.steps().size()).toList();
    }
}
