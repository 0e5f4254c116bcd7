package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.assessor.MethodologyCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two rules that each insert a result of one name for a trust leave its value to the engine's order of the
 * facts: the run fails naming the trust and the result, and writes nothing, rather than publish either value.
 */
class TwoResultsOfOneNameTest {
    private static final Path DATA = Path.of("data/star-ratings-2003-04-published.csv");

    @TempDir
    Path folder;

    @Test
    void aSecondRatingForATrustIsAnErrorNotAChoice() {
        Path home = folder.resolve("home");
        MethodologyCopy.starRatings("twice").rule("3-star-rating.drl", "rule \"A key-target fail gives the fail rating\"", """
                rule "A fail rated once more"
                when
                    Result($a : assessment, name == "key_target_summary", value == "fail")
                then
                    insert(new Result($a, "rating", 1.0));
                end

                rule "A key-target fail gives the fail rating\"""").writeTo(home);
        Path out = folder.resolve("out");

        CommandRun run = CommandRun.of(home, "rate", "--methodology", "twice", "--input", DATA.toString(), "--out",
                out.toString(), "--no-archive");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("the rules of twice gave ", " more than one result named rating; a result has one value")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }
}
