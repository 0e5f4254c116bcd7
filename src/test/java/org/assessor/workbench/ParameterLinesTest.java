package org.assessor.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Map;

import org.assessor.Projects;
import org.assessor.methodology.Methodologies;
import org.junit.jupiter.api.Test;

/** The parameter form's reading and rewriting of a configuration: one line changed, every other kept. */
class ParameterLinesTest {
    private static final String YAML = """
            id: x
            # a comment
            parameters:
              points:
                description: Points by status.
                achieved: {value: 0, description: No points., reference: "docs/methodologies/x.md#points; the manual", confidence: derived}
                band: {min: 2, max: 3, description: A band., reference: "docs/methodologies/x.md#points", confidence: published}  # kept
                dated: {value: 1, from: 2005-04-01, reference: "r", confidence: assumed}
              model: {value: "ranked", description: "How it scores", reference: "docs/methodologies/x.md#m", confidence: assumed}
            sectors:
              acute: {label: acute, reference: "not a parameter"}
            """;

    @Test
    void readsTheParametersWrittenOnOneLineWithTheirNamesAndLines() {
        assertThat(ParameterLines.of(YAML)).extracting(ParameterLines.Parameter::name, ParameterLines.Parameter::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("points.achieved", 6), org.assertj.core.groups.Tuple.tuple("points.band", 7),
                        org.assertj.core.groups.Tuple.tuple("model", 9));
        assertThat(ParameterLines.of(YAML).get(1).isBand()).isTrue();
    }

    @Test
    void rewritesOneLineAndKeepsEveryOther() {
        String updated = ParameterLines.update(YAML, "points.achieved", Map.of("value", "2", "description", "Two \"points\", now.",
                "confidence", "assumed"));

        String[] before = YAML.split("\n", -1);
        String[] after = updated.split("\n", -1);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.length; i++) {
            if (i != 5) {
                assertThat(after[i]).isEqualTo(before[i]);
            }
        }
        assertThat(after[5]).isEqualTo("    achieved: {value: 2, description: \"Two \\\"points\\\", now.\", "
                + "reference: \"docs/methodologies/x.md#points; the manual\", confidence: assumed}");
        assertThat(ParameterLines.of(updated).get(0).fields()).containsEntry("description", "Two \"points\", now.").containsEntry("value", "2");
    }

    @Test
    void keepsATrailingCommentAndWritesABandsBounds() {
        String updated = ParameterLines.update(YAML, "points.band", Map.of("max", "4"));

        assertThat(updated.split("\n")[6]).isEqualTo("    band: {min: 2, max: 4, description: \"A band.\", "
                + "reference: \"docs/methodologies/x.md#points\", confidence: published} # kept");
    }

    @Test
    void refusesWhatWouldBeAWrongNumberOrLoseItsSource() {
        assertThatThrownBy(() -> ParameterLines.update(YAML, "points.achieved", Map.of("value", "1,5")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.INVALID))
                .hasMessageStartingWith("points.achieved.value must stay a number: '1,5' is ");
        assertThatThrownBy(() -> ParameterLines.update(YAML, "points.achieved", Map.of("reference", "")))
                .hasMessageContaining("needs a reference");
        assertThatThrownBy(() -> ParameterLines.update(YAML, "points.achieved", Map.of("confidence", "sure")))
                .hasMessageContaining("published, derived or assumed");
        assertThatThrownBy(() -> ParameterLines.update(YAML, "points.dated", Map.of("value", "2")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.NOT_FOUND));
        assertThatThrownBy(() -> ParameterLines.update(YAML, "points.achieved", Map.of("from", "2006-04-01")))
                .hasMessageContaining("has no field from");
    }

    @Test
    void everyShippedMethodologyHasItsParametersOnTheForm() throws Exception {
        Methodologies project = new Methodologies(Projects.HOME);
        for (String id : project.ids()) {
            String yaml = Files.readString(Projects.HOME.resolve("methodology-configs/" + id + ".yaml"));
            var own = ParameterLines.of(yaml);
            // every one-line parameter read by the form is a parameter the methodology has, with the same reference
            for (ParameterLines.Parameter parameter : own) {
                assertThat(project.load(id).param(parameter.name())).as(id + " " + parameter.name())
                        .hasValueSatisfying(p -> assertThat(p.reference()).isEqualTo(parameter.fields().get("reference")));
            }
        }
        String stars = Files.readString(Projects.HOME.resolve("methodology-configs/star-ratings-2003-04.yaml"));
        assertThat(ParameterLines.of(stars)).hasSize(project.load("star-ratings-2003-04").params().size());
    }
}
