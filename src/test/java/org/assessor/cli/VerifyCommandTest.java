package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.assessor.Projects;
import org.junit.jupiter.api.Test;

/** verify --tolerance: a published figure rounded differently from the computed one is told apart from a wrong one, and the output says which comparison was made. */
class VerifyCommandTest {
    private static final String NOF = "data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv";

    @Test
    void withoutAToleranceNumbersMustBeEqualAndTheOutputSaysSo() {
        CommandRun run = CommandRun.of(Projects.HOME, "verify", "--methodology", "oversight-framework-2025-26", "--input", NOF);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("; numbers compared exactly\n")
                .containsPattern("\n  OF5002 \\(average_score\\) +116 of  122 reproduced  <--\n");
    }

    @Test
    void withAToleranceTheRoundingDifferencesOfTheAverageScoreAreReproducedAndCounted() {
        CommandRun run = CommandRun.of(Projects.HOME, "verify", "--methodology", "oversight-framework-2025-26", "--input", NOF,
                "--tolerance", "0.01");

        assertThat(run.out()).contains("; numbers within 0.01 of the published value count as reproduced\n")
                .containsPattern("\n  OF5002 \\(average_score\\) +122 of  122 reproduced, 6 of them within the tolerance\n")
                .containsPattern("\n  OF4003 \\(domain_score.finance_and_productivity\\) +122 of  122 reproduced, 33 of them within the tolerance\n");
        // a rank is not rounded: the four ranks NHS England gave from unrounded averages still differ, by one place
        assertThat(run.out()).containsPattern("\n  OF5000.Rank \\(league_rank\\) +118 of  122 reproduced  <--\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aNegativeOrMalformedToleranceIsAWrongArgument() {
        CommandRun negative = CommandRun.of(Projects.HOME, "verify", "--methodology", "star-ratings-2003-04",
                "--input", Projects.PUBLISHED_2003_04.toString(), "--tolerance", "-0.5");
        CommandRun comma = CommandRun.of(Projects.HOME, "verify", "--methodology", "star-ratings-2003-04",
                "--input", Projects.PUBLISHED_2003_04.toString(), "--tolerance", "0,01");

        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--tolerance '-0.5': a tolerance cannot be negative; give a number of 0 or more, such as 0.01");
        assertThat(comma.exitCode()).isEqualTo(2);
        assertThat(comma.err()).contains("--tolerance '0,01': ");
        negative.assertNoStackTrace();
        comma.assertNoStackTrace();
    }
}
