package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assessor.fact.Assessment;
import org.assessor.methodology.RuleFile;
import org.assessor.rules.AllowList.Policy;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/** None of the hostile samples runs: the guarded compile path refuses each before the Java compiler sees it. */
class GuardedCompilerTest {
    private static final Policy STRICT = Policy.strict("assessor.hostile", "assessor.ok", "assessor.bad");

    /** What the canary samples set, through four different holes, when they run. */
    private static final String CANARY = "assessor.hostile.ran";

    @AfterEach
    void clearCanary() {
        System.clearProperty(CANARY);
    }

    @TestFactory
    Stream<DynamicTest> theGuardedPathRefusesEverySampleBeforeCompiling() {
        return HostileSamples.all().stream().map(path -> dynamicTest(path.getFileName().toString(), () -> {
            RuleFile file = HostileSamples.read(path);
            String version = versionOf(file);
            ProblemException refused = catchThrowableOfType(ProblemException.class,
                    () -> GuardedCompiler.compile("guarded", version, List.of(file), STRICT));

            // refused by the allow-list (its very problems), not by the compiler, which never built a module
            assertThat(refused).isNotNull();
            assertThat(refused.problems()).isEqualTo(AllowList.check(List.of(file), STRICT));
            KieServices ks = KieServices.Factory.get();
            assertThat(ks.getRepository().getKieModule(
                    ks.newReleaseId("org.assessor.methodology", "guarded", "0.0.0-" + version))).isNull();
            assertThat(System.getProperty(CANARY)).isNull();
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"canary-consequence.drl", "unicode-newline-in-comment.drl",
            "rule-name-string-injection.drl", "rule-name-javadoc-injection.drl"})
    void aCanaryRunsWhenCompiledWithoutTheGuardButNeverWithIt(String sample) {
        RuleFile file = HostileSamples.read(sample);

        // no on-disk cache: a hostile module must not be kept
        fire(new RuleCompiler(null).compileUnchecked("unguarded", versionOf(file), List.of(file)));
        assertThat(System.getProperty(CANARY)).as("the sample's code ran without the guard").isNotNull();
        KieServices ks = KieServices.Factory.get();
        assertThat(ks.getRepository().getKieModule(
                ks.newReleaseId("org.assessor.methodology", "unguarded", "0.0.0-" + versionOf(file)))).isNotNull();

        System.clearProperty(CANARY);
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> fire(GuardedCompiler.compile("guarded-canary", versionOf(file), List.of(file), STRICT)));
        assertThat(refused).isNotNull();
        assertThat(System.getProperty(CANARY)).isNull();
    }

    private static void fire(KieBase kieBase) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(new Assessment(2, "RXX", "acute", Map.of()));
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** A release id of its own for each sample (the compiler keeps 12 characters of it), from its text. */
    private static String versionOf(RuleFile file) {
        return String.format("%08x", file.text().hashCode());
    }
}
