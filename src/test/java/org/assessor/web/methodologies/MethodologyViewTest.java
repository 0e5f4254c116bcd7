package org.assessor.web.methodologies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.assessor.MethodologyCopy;
import org.assessor.methodology.Methodologies;
import org.assessor.rules.RuleBase;
import org.assessor.serving.MethodologyState;
import org.assessor.serving.ServingVersion;
import org.assessor.serving.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/methodologies} names what the serving version relaxes of the rules sandbox. */
class MethodologyViewTest {
    @TempDir
    Path home;

    @Test
    void theViewListsTheServingVersionsRelaxations() {
        MethodologyCopy.starRatings("relaxed").yaml("rating:\n", "allow: {eval: true}\nlimits: {megabytes_per_batch: 600}\nrating:\n")
                .writeTo(home);
        RuleBase rules = RuleBase.compile(new Methodologies(home).load("relaxed"));
        MethodologyState state = new MethodologyState("relaxed", rules.methodology().version(), Status.SERVING,
                new ServingVersion(rules, Instant.now()), List.of(), 1L);

        assertThat(MethodologyView.of(state).relaxations()).containsExactly("allow.eval: the rules may use eval conditions",
                "limits.megabytes_per_batch: 600, above the default 512");
        MethodologyState neverBuilt = new MethodologyState("relaxed", null, Status.LOADING, null, List.of(), null);
        assertThat(MethodologyView.of(neverBuilt).relaxations()).isEmpty();
    }
}
