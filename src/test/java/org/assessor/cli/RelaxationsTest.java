package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assessor.MethodologyCopy;
import org.assessor.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a configuration relaxes of the rules sandbox is never silent: validate lists it and every run
 * records it in its explanations; a configuration that relaxes nothing says nothing.
 */
class RelaxationsTest {
    @TempDir
    Path home;

    @Test
    void validateListsEveryRelaxationAndEveryRunRecordsIt() throws Exception {
        MethodologyCopy.starRatings("relaxed")
                .yaml("rating:\n", "allow: {functions: true, eval: true}\nlimits: {firings_per_rating: 5000, seconds_per_batch: 60}\nrating:\n")
                .writeTo(home);

        CommandRun validate = CommandRun.of(home, "validate");

        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("""
                  relaxed: allow.functions: the rules may use DRL function blocks
                  relaxed: allow.eval: the rules may use eval conditions
                  relaxed: limits.firings_per_rating: 5000, above the default 2000
                """);
        assertThat(validate.out()).doesNotContain("seconds_per_batch");

        Path out = home.resolve("out");
        CommandRun rate = CommandRun.of(home, "rate", "--methodology", "relaxed", "--input", Projects.PUBLISHED_2003_04.toString(),
                "--out", out.toString(), "--no-archive");
        assertThat(rate.exitCode()).as(rate.err()).isZero();
        JsonNode run = JsonMapper.builder().build().readTree(Files.readAllLines(out.resolve("explanations.jsonl")).get(0)).path("run");
        assertThat(run.path("relaxations").valueStream().map(JsonNode::asString).toList()).containsExactly(
                "allow.functions: the rules may use DRL function blocks", "allow.eval: the rules may use eval conditions",
                "limits.firings_per_rating: 5000, above the default 2000");
    }

    @Test
    void aConfigurationThatRelaxesNothingSaysNothing() throws Exception {
        MethodologyCopy.starRatings("strict").writeTo(home);

        CommandRun validate = CommandRun.of(home, "validate");

        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).doesNotContain("relaxed");
        Path out = home.resolve("out");
        CommandRun rate = CommandRun.of(home, "rate", "--methodology", "strict", "--input", Projects.PUBLISHED_2003_04.toString(),
                "--out", out.toString(), "--no-archive");
        assertThat(rate.exitCode()).isZero();
        JsonNode run = JsonMapper.builder().build().readTree(Files.readAllLines(out.resolve("explanations.jsonl")).get(0)).path("run");
        assertThat(run.path("relaxations").isArray()).isTrue();
        assertThat(run.path("relaxations").isEmpty()).isTrue();
    }
}
