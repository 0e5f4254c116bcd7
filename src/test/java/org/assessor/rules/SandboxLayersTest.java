package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.fact.Assessment;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rules.HostileSamples.Sample;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * Each hostile sample against each layer of the sandbox on its own: the DRL text check, the check of the
 * generated code with the text check bypassed, and, without either, proof that the sample is a real,
 * compiling attack (a canary that runs). The runtime layer (the rating guard) has its own tests in
 * assessment.RatingGuardTest, and every sample goes through validate, rate and a server reload in
 * sandbox.HostileEndToEndTest.
 */
class SandboxLayersTest {
    /** The hostile home's limits.seconds_per_batch (10 s), and time for the firing under way when it passes to end. */
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @BeforeEach
    @AfterEach
    void clearCanaries() {
        HostileSamples.clearCanaries();
    }

    @Test
    void theCorpusCoversEveryClassOfAttack() {
        List<Sample> samples = HostileSamples.all();
        assertThat(samples).hasSize(155);
        assertThat(samples).allSatisfy(sample -> {
            assertThat(sample.hostile()).as(sample.name() + " says what it does").isNotBlank();
            assertThat(sample.attackClass()).as(sample.name() + " class").isIn(HostileSamples.CLASSES);
            assertThat(sample.layer()).as(sample.name() + " layer").isIn("text", "code", "runtime");
            assertThat(sample.attackLine()).isPositive();
        });
        assertThat(samples.stream().map(Sample::attackClass).distinct()).containsExactlyInAnyOrderElementsOf(HostileSamples.CLASSES);
    }

    @TestFactory
    Stream<DynamicTest> theTextLayerRefusesItsSamplesAtTheirAttack() {
        return samples("text").map(sample -> dynamicTest(sample.name(), () -> {
            List<Problem> problems = AllowList.check(List.of(sample.file()), sample.policy());
            assertAtAttack(sample, problems);

            // the guarded compiler stops with exactly these problems, before Drools builds anything
            ProblemException refused = catchThrowableOfType(ProblemException.class,
                    () -> GuardedCompiler.compile("text-layer", version(sample), List.of(sample.file()), sample.policy()));
            assertThat(refused.problems()).isEqualTo(problems);
            KieServices ks = KieServices.Factory.get();
            assertThat(ks.getRepository().getKieModule(ks.newReleaseId("org.assessor.methodology", "text-layer",
                    "0.0.0-" + version(sample)))).isNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCodeLayerAloneRefusesWhatTheTextLayerWouldHaveRefusedToo() {
        return HostileSamples.all().stream().filter(s -> !s.layer().equals("runtime") && s.textOnly() == null && s.notCompiling() == null)
                .map(sample -> dynamicTest(sample.name(), () -> {
                    ProblemException refused = catchThrowableOfType(ProblemException.class, () -> codeLayerOnly(sample));
                    assertThat(refused).as("the generated-code check refuses " + sample.name()).isNotNull();
                    assertThat(refused.problems()).allSatisfy(problem -> {
                        assertThat(problem.file()).isEqualTo(sample.path().toString());
                        assertThat(problem.line()).isPositive();
                    });
                    if (sample.expectAt() != null) {
                        assertThat(refused.problems()).as(refused.problems().toString())
                                .anySatisfy(problem -> assertThat(problem.at()).startsWith(sample.expectAt()));
                    }
                    assertNoCanary(sample);
                }));
    }

    @TestFactory
    Stream<DynamicTest> theCodeLayerRefusesItsSamplesThatPassTheTextLayer() {
        return samples("code").map(sample -> dynamicTest(sample.name(), () -> {
            assertThat(AllowList.check(List.of(sample.file()), sample.policy())).as("the text layer lets it through").isEmpty();
            ProblemException refused = catchThrowableOfType(ProblemException.class,
                    () -> GuardedCompiler.compile("guarded", version(sample), List.of(sample.file()), sample.policy()));
            assertThat(refused).isNotNull();
            assertAtAttack(sample, refused.problems());
            assertNoCanary(sample);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theRatingGuardStopsItsSamplesNamingTheRuleAndTheSubject() {
        return samples("runtime").map(sample -> dynamicTest(sample.name(), () -> {
            HostileHome home = HostileHome.of(folder.resolve(sample.name()), List.of(sample));
            Methodology methodology = new Methodologies(home.path()).load(sample.name());
            RuleBase rules = RuleBase.compile(methodology);
            List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(home.input());

            ProblemException stopped = assertTimeoutPreemptively(STOPPED_WITHIN,
                    () -> catchThrowableOfType(ProblemException.class, () -> new Assessor().rate(rules, assessments)),
                    () -> sample.name() + " is not stopped within " + STOPPED_WITHIN.toSeconds() + " s (limits.seconds_per_batch: 10)");
            assertThat(stopped).as(sample.name() + " is stopped").isNotNull();
            assertThat(stopped.problems()).hasSize(1);
            assertThat(stopped.problems().get(0).message()).contains(sample.name() + ": ").contains(sample.expectAt())
                    .containsPattern("Trust [ABC] \\(acute\\)|parameter|input");
            assertNoCanary(sample);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsARealAttackThatCompilesWithoutTheGuard() {
        return HostileSamples.all().stream().filter(s -> s.notCompiling() == null).map(sample -> dynamicTest(sample.name(), () -> {
            KieBase unguarded = new RuleCompiler(null).compileUnchecked("unguarded-" + sample.name(), version(sample),
                    List.of(sample.file()));
            assertThat(unguarded.getKiePackages()).isNotEmpty();
            KieServices.Factory.get().getRepository().removeKieModule(KieServices.Factory.get()
                    .newReleaseId("org.assessor.methodology", "unguarded-" + sample.name(), "0.0.0-" + version(sample)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aCanaryRunsWithoutTheGuardAndNeverWithIt() {
        return HostileSamples.all().stream().filter(s -> s.canary() != null).map(sample -> dynamicTest(sample.name(), () -> {
            fire(new RuleCompiler(null).compileUnchecked("canary-" + sample.name(), version(sample), List.of(sample.file())));
            assertThat(canaryRan(sample)).as(sample.name() + "'s code ran without the guard").isTrue();
            clearCanaries();

            catchThrowableOfType(ProblemException.class, () -> fire(GuardedCompiler.compile("guarded-" + sample.name(),
                    version(sample), List.of(sample.file()), sample.policy())));
            assertNoCanary(sample);
        }));
    }

    private static Stream<Sample> samples(String layer) {
        return HostileSamples.all().stream().filter(sample -> sample.layer().equals(layer));
    }

    /** The generated-code check with the text check skipped, as if an attack had got past it. */
    private static KieBase codeLayerOnly(Sample sample) {
        return new RuleCompiler(null).compile("code-layer-" + sample.name(), version(sample), List.of(sample.file()),
                new GeneratedCode(sample.policy().packages(), List.of(sample.file())));
    }

    private static void assertAtAttack(Sample sample, List<Problem> problems) {
        assertThat(problems).as(sample.name() + " is refused").isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(sample.path().toString());
            assertThat(problem.line()).isPositive();
            assertThat(problem.warning()).isFalse();
        });
        assertThat(problems).as(problems.toString()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(sample.attackLine());
            if (sample.expectAt() == null) {
                assertThat(problem.at()).isNull();
            } else {
                assertThat(problem.at()).startsWith(sample.expectAt());
            }
        });
    }

    private static void assertNoCanary(Sample sample) {
        assertThat(canaryRan(sample)).as(sample.name() + " ran").isFalse();
    }

    private static boolean canaryRan(Sample sample) {
        return HostileSamples.canaryShown();
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
    private static String version(Sample sample) {
        return String.format("%08x", sample.text().hashCode());
    }
}
