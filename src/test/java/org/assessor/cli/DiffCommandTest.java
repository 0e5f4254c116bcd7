package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.assessor.MethodologyCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code diff}: two methodologies, or two homes' versions of one, compared by meaning, as text or JSON. */
class DiffCommandTest {
    private static final Path HOME = Path.of("").toAbsolutePath();

    @Test
    void theTextListsEachDifferenceUnderItsArea() {
        CommandRun result = CommandRun.of(HOME, "diff", "--methodology", "star-ratings-2003-04", "--against", "star-ratings-2004-05");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).contains("settings: 1 added, 4 changed; sectors: 3 changed", "Settings",
                "  added extends", "      value: star-ratings-2003-04", "Sectors", "  changed ambulance",
                "      inputs: without clinical_governance");
    }

    @Test
    void theJsonHasBothVersionsAndEveryChange() {
        CommandRun result = CommandRun.of(HOME, "diff", "--methodology", "star-ratings-2003-04", "--against",
                "star-ratings-2004-05", "--json");

        JsonNode diff = JsonMapper.builder().build().readTree(result.out());
        assertThat(diff.path("a").path("id").asString()).isEqualTo("star-ratings-2003-04");
        assertThat(diff.path("b").path("version").asString()).hasSize(64);
        assertThat(diff.path("changes").size()).isEqualTo(8);
    }

    @Test
    void anotherHomeGivesAnotherVersionOfTheSameMethodology(@TempDir Path other) {
        MethodologyCopy.starRatings("star-ratings-2003-04").yaml("achieved: {value: 0,", "achieved: {value: 1,").writeTo(other);

        CommandRun result = CommandRun.of(HOME, "diff", "--methodology", "star-ratings-2003-04", "--against",
                "star-ratings-2003-04", "--against-home", other.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).contains("parameters: 1 changed", "  changed key_target_points.achieved", "      value: 0 -> 1");
    }

    @Test
    void anUnknownMethodologyIsAnErrorAndAMissingOneAUsageError() {
        CommandRun unknown = CommandRun.of(HOME, "diff", "--methodology", "star-ratings-2003-04", "--against", "no-such");
        CommandRun missing = CommandRun.of(HOME, "diff", "--methodology", "star-ratings-2003-04");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no-such");
        unknown.assertNoStackTrace();
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--against");
    }
}
