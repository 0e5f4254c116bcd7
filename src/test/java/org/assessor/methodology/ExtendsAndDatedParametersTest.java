package org.assessor.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assessor.MethodologyCopy;
import org.assessor.fact.Confidence;
import org.assessor.fact.Param;
import org.assessor.methodology.MethodologyConfig.SectorDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parameters dated OpenFisca-style and methodologies that extend others. */
class ExtendsAndDatedParametersTest {
    private static final String HIGH = "high: {value: 3,";

    @TempDir
    Path home;

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
        "2003-03-31, 1",
        "2003-04-01, 2",
        "2004-03-31, 2",
        "2004-04-01, 4",
        "2010-01-01, 4",
    })
    void aDatedParameterTakesTheValueInForceOnTheAsOfDate(String asOf, int expected) {
        MethodologyCopy.starRatings("dated")
                .yaml("period: 2003-04\n", "period: 2003-04\nas_of: " + asOf + "\n")
                .yaml(HIGH, "high: {values: {2002-04-01: 1, 2003-04-01: 2, 2004-04-01: 4},")
                .writeTo(home);

        Param high = load("dated").param("focus_area_points.high").orElseThrow();

        assertThat(high.number()).isEqualTo(expected);
        assertThat(high.description()).endsWith("(value in force from " + since(expected) + ")");
    }

    @Test
    void aChildOverridingOneParameterKeepsTheParentsOthers() throws IOException {
        MethodologyCopy.starRatings("parent").writeTo(home);
        writeChild("""
                id: child
                extends: parent
                title: A child
                parameters:
                  focus_area_points:
                    high: {value: 4, description: High now scores four., reference: a test, confidence: assumed}
                """);

        Methodology parent = load("parent");
        Methodology child = load("child");

        assertThat(child.param("focus_area_points.high").orElseThrow()).satisfies(high -> {
            assertThat(high.number()).isEqualTo(4);
            assertThat(high.confidence()).isEqualTo(Confidence.ASSUMED);
        });
        assertThat(child.params()).hasSameSizeAs(parent.params());
        assertThat(child.params()).filteredOn(p -> !p.name().equals("focus_area_points.high")).containsExactlyElementsOf(
                parent.params().stream().filter(p -> !p.name().equals("focus_area_points.high")).toList());
        assertThat(child.config().title()).isEqualTo("A child");
        assertThat(child.sectors()).isEqualTo(parent.sectors());
    }

    @Test
    void aChildsSectorReplacesTheParentsAndTheOtherSectorsStay() throws IOException {
        MethodologyCopy.starRatings("parent").writeTo(home);
        writeChild("""
                id: child
                extends: parent
                title: A child
                sectors:
                  ambulance:
                    label: ambulance trusts
                    inputs: [category_a_8_minutes, financial_management, clinical_focus, patient_focus, capacity_and_capability]
                """);

        Methodology child = load("child");

        assertThat(child.sectors().get("ambulance").inputs()).doesNotContain("category_a_14_19_minutes", "clinical_governance");
        assertThat(child.sectors().keySet()).containsExactlyElementsOf(load("parent").sectors().keySet());
        assertThat(child.sectors().get("acute")).isEqualTo(load("parent").sectors().get("acute"));
    }

    @Test
    void aChildsRuleFileReplacesTheParentsOfTheSameNameAndANewOneAddsToThem() throws IOException {
        MethodologyCopy.starRatings("parent").writeTo(home);
        writeChild("id: child\nextends: parent\ntitle: A child\n");
        Path rules = Files.createDirectories(home.resolve("rules/child"));
        Files.writeString(rules.resolve("4-clinical-governance.drl"), "package assessor.child;\n// no overrides\n");
        Files.writeString(rules.resolve("5-extra.drl"), "package assessor.child;\n// added\n");

        Methodology child = load("child");

        assertThat(child.ruleFiles()).extracting(RuleFile::fileName).containsExactly(
                "1-key-targets.drl", "2-balanced-scorecard.drl", "3-star-rating.drl", "4-clinical-governance.drl", "5-extra.drl");
        assertThat(child.ruleFiles()).filteredOn(f -> f.fileName().equals("4-clinical-governance.drl")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(rules.resolve("4-clinical-governance.drl")));
        assertThat(child.ruleFiles()).filteredOn(f -> f.fileName().equals("1-key-targets.drl")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(home.resolve("rules/parent/1-key-targets.drl")));
    }

    @Test
    void aChildWithoutRulesOfItsOwnUsesItsParents() throws IOException {
        MethodologyCopy.starRatings("parent").writeTo(home);
        writeChild("id: child\nextends: parent\ntitle: A child\n");

        assertThat(load("child").ruleFiles()).extracting(RuleFile::path).containsExactlyElementsOf(
                load("parent").ruleFiles().stream().map(RuleFile::path).toList());
    }

    @Test
    void theChildsVersionChangesWhenItsParentChanges() throws IOException {
        MethodologyCopy.starRatings("parent").writeTo(home);
        writeChild("id: child\nextends: parent\ntitle: A child\n");
        String before = load("child").version();

        Path parent = home.resolve("methodology-configs/parent.yaml");
        Files.writeString(parent, Files.readString(parent).replace("high: {value: 3,", "high: {value: 4,"));

        Methodology child = load("child");
        assertThat(child.version()).isNotEqualTo(before).hasSize(64);
        assertThat(child.param("focus_area_points.high").orElseThrow().number()).isEqualTo(4);
    }

    @Test
    void theChildsVersionChangesWhenAnInheritedRuleFileChanges() throws IOException {
        MethodologyCopy.starRatings("parent").writeTo(home);
        writeChild("id: child\nextends: parent\ntitle: A child\n");
        String before = load("child").version();

        Path rule = home.resolve("rules/parent/3-star-rating.drl");
        Files.writeString(rule, Files.readString(rule) + "\n// a comment\n");

        assertThat(load("child").version()).isNotEqualTo(before);
    }

    @Test
    void theProjects2004VariantInheritsEverything2003ParameterAndDropsClinicalGovernanceFromItsSectors() {
        Methodologies methodologies = new Methodologies(org.assessor.Projects.HOME);
        Methodology parent = methodologies.load("star-ratings-2003-04");
        Methodology child = methodologies.load("star-ratings-2004-05");

        assertThat(child.params()).containsExactlyElementsOf(parent.params());
        assertThat(child.sectors().values()).extracting(SectorDefinition::inputs)
                .allSatisfy(inputs -> assertThat(inputs).doesNotContain("clinical_governance"));
        assertThat(child.ruleFiles()).extracting(RuleFile::path).containsExactlyElementsOf(
                parent.ruleFiles().stream().map(RuleFile::path).toList());
    }

    private static String since(int value) {
        return switch (value) {
            case 1 -> "2002-04-01";
            case 2 -> "2003-04-01";
            default -> "2004-04-01";
        };
    }

    private void writeChild(String yaml) throws IOException {
        Files.writeString(home.resolve("methodology-configs/child.yaml"), yaml);
    }

    private Methodology load(String id) {
        return new Methodologies(home).load(id);
    }
}
