package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.assessor.MethodologyCopy;
import org.assessor.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path home;

    @Test
    void theProjectsMethodologiesAreValidAndExitZero() {
        CommandRun result = run(Projects.HOME, "validate");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("ok   star-ratings-2003-04 (version ", "ok   star-ratings-2004-05 (version ")
                .contains(Projects.SERVICE.methodologies().ids().size() + " of " + Projects.SERVICE.methodologies().ids().size()
                        + " methodologies valid");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aBrokenMethodologyExitsOneWithEveryProblemAtItsFileLineAndColumn() {
        MethodologyCopy.starRatings("broken-unknown-key")
                .yaml("publisher: Healthcare Commission\n", "publisher: Healthcare Commission\ncolour: blue\n")
                .yaml("high: {value: 3, description: A high focus area scores three., reference: \"docs/methodologies/star-ratings-2003-04.md#balanced-scorecard; NHS performance ratings 2003/2004 (Healthcare Commission, July 2004), the sector tables' focus-area columns, from p. 12; derived: reproduces every published row\", ",
                        "high: {value: 3, description: A high focus area scores three., ")
                .writeTo(home);
        Path config = home.resolve("methodology-configs/broken-unknown-key.yaml");

        CommandRun result = run(home, "validate");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("FAIL broken-unknown-key")
                .contains("\n  " + config + ":" + MethodologyCopy.lineOf(home, "methodology-configs/broken-unknown-key.yaml", "colour: blue")
                        + ":1: colour: unknown key 'colour'")
                .contains("\n  " + config + ":" + MethodologyCopy.lineOf(home, "methodology-configs/broken-unknown-key.yaml", "high: {value: 3,")
                        + ":5: parameters.focus_area_points.high.reference: schema: required property 'reference' not found")
                .contains("0 of 1 methodologies valid");
        result.assertNoStackTrace();
    }

    @Test
    void aFailingCaseIsPrintedAtItsLineInTheCasesFile() {
        MethodologyCopy.starRatings("broken-failing-case")
                .tests("expected: {key_target_points: 0, key_target_summary: pass, balanced_scorecard_score: 9, rating: 3}",
                        "expected: {key_target_points: 0, key_target_summary: pass, balanced_scorecard_score: 9, rating: 2}")
                .writeTo(home);
        Path tests = home.resolve("methodology-configs/broken-failing-case.tests.yaml");
        int line = MethodologyCopy.lineOf(home, "methodology-configs/broken-failing-case.tests.yaml",
                "- name: An acute trust that achieves every key target with every focus area high gets three stars");

        CommandRun result = run(home, "validate");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("FAIL broken-failing-case").contains("0 problems, 89 of 90 cases passed")
                .contains("\n  " + tests + ":" + line + ":5: case 'An acute trust that achieves every key target with every "
                        + "focus area high gets three stars': expected rating 2, got 3");
    }

    @Test
    void methodologyRestrictsTheCheckToThatOne() {
        MethodologyCopy.starRatings("fine").writeTo(home);
        MethodologyCopy.starRatings("broken").yaml("confidence: published}", "confidence: certain}").writeTo(home);

        CommandRun one = run(home, "validate", "--methodology", "fine");
        CommandRun all = run(home, "validate");

        assertThat(one.exitCode()).as(one.out()).isZero();
        assertThat(one.out()).contains("ok   fine").doesNotContain("broken").contains("1 of 1 methodologies valid");
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(all.out()).contains("FAIL broken", "ok   fine", "1 of 2 methodologies valid");
    }

    @Test
    void anUnknownMethodologyExitsOneNamingTheOnesThereAre() {
        MethodologyCopy.starRatings("fine").writeTo(home);

        CommandRun result = run(home, "validate", "--methodology", "missing");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("no methodology 'missing'; available: fine");
        result.assertNoStackTrace();
    }

    private static CommandRun run(Path home, String... args) {
        return CommandRun.of(home, args);
    }
}
