package org.assessor.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.assessor.Projects;
import org.assessor.fact.Param;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodologyLoaderTest {
    private static final String ID = "star-ratings-2003-04";

    @TempDir
    Path home;

    @Test
    void everyConfigHasItsRulesFolderAndEveryParameterItsSource() {
        Methodologies methodologies = new Methodologies(Projects.HOME);
        assertThat(methodologies.ids()).contains(ID);
        for (String id : methodologies.ids()) {
            Methodology methodology = methodologies.load(id);
            assertThat(methodologies.loader().rulesFolder(id)).isDirectory();
            assertThat(methodology.ruleFiles()).isNotEmpty();
            for (Param param : methodology.params()) {
                assertThat(param.description()).as(param.name()).isNotBlank();
                assertThat(param.reference()).as(param.name()).isNotBlank();
                assertThat(param.confidence()).as(param.name()).isNotNull();
            }
        }
    }

    @Test
    void theVersionIsAContentHashThatChangesWithAnyFile() throws IOException {
        copyWith(yaml -> yaml);
        String before = new MethodologyLoader(home).load(ID).version();
        Path rule = home.resolve("rules").resolve(ID).resolve("3-star-rating.drl");
        Files.writeString(rule, Files.readString(rule) + "\n// a comment changes the version too\n");
        assertThat(new MethodologyLoader(home).load(ID).version()).isNotEqualTo(before).hasSize(64);
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLine() throws IOException {
        copyWith(yaml -> yaml.replace("publisher: Healthcare Commission", "publisher: Healthcare Commission\ncolour: blue"));
        Problem problem = onlyProblem();
        assertThat(problem.message()).contains("colour");
        assertThat(problem.line()).isEqualTo(lineOf("colour: blue"));
    }

    @Test
    void aDuplicateKeyIsAnErrorWithItsLine() throws IOException {
        copyWith(yaml -> yaml.replace("publisher: Healthcare Commission", "publisher: Healthcare Commission\npublisher: Audit Commission"));
        Problem problem = onlyProblem();
        assertThat(problem.message()).contains("publisher");
        assertThat(problem.line()).isEqualTo(lineOf("publisher: Audit Commission"));
    }

    @Test
    void aParameterWithoutReferenceNamesItsPathAndLine() throws IOException {
        copyWith(yaml -> yaml.replace("high: {value: 3, description: A high focus area scores three., reference: \"docs/methodologies/star-ratings-2003-04.md#balanced-scorecard; NHS performance ratings 2003/2004 (Healthcare Commission, July 2004), the sector tables' focus-area columns, from p. 12; derived: reproduces every published row\", confidence: derived}",
                "high: {value: 3, description: A high focus area scores three., confidence: derived}"));
        Problem problem = onlyProblem();
        assertThat(problem.at()).isEqualTo("parameters.focus_area_points.high");
        assertThat(problem.message()).isEqualTo("parameter has no reference");
        assertThat(problem.line()).isEqualTo(lineOf("high: {value: 3, description: A high focus area"));
    }

    @Test
    void anUnknownConfidenceIsAnError() throws IOException {
        copyWith(yaml -> yaml.replace("confidence: published}", "confidence: certain}"));
        assertThatThrownBy(() -> new MethodologyLoader(home).load(ID)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("'certain' is not one of published, derived, assumed")));
    }

    @Test
    void aSectorListingAnUnknownInputIsAnError() throws IOException {
        copyWith(yaml -> yaml.replace("clinical_focus, patient_focus, capacity_and_capability, clinical_governance]",
                "clinical_focus, patient_focus, capacity_and_capability, clinical_governance, bed_occupancy]"));
        assertThatThrownBy(() -> new MethodologyLoader(home).load(ID)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problems()).extracting(Problem::message).contains("unknown input 'bed_occupancy' in sector 'ambulance'"));
    }

    private Problem onlyProblem() {
        try {
            new MethodologyLoader(home).load(ID);
        } catch (ProblemException e) {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).file()).endsWith(ID + ".yaml");
            return e.problems().get(0);
        }
        throw new AssertionError("the configuration was accepted");
    }

    private int lineOf(String text) throws IOException {
        var lines = Files.readAllLines(home.resolve("methodology-configs").resolve(ID + ".yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the file");
    }

    private void copyWith(UnaryOperator<String> edit) throws IOException {
        Path configs = Files.createDirectories(home.resolve("methodology-configs"));
        String yaml = Files.readString(Projects.HOME.resolve("methodology-configs").resolve(ID + ".yaml"));
        String edited = edit.apply(yaml);
        Files.writeString(configs.resolve(ID + ".yaml"), edited);
        Path rules = Files.createDirectories(home.resolve("rules").resolve(ID));
        try (var files = Files.list(Projects.HOME.resolve("rules").resolve(ID))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
    }
}
