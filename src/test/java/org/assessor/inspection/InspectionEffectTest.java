package org.assessor.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assessor.Projects;
import org.assessor.generate.SyntheticInput;
import org.assessor.methodology.Methodology;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectionEffectTest {
    private static final String ID = "annual-health-check-2006-07";

    @TempDir
    Path temp;

    @Test
    void listsTheInspectedTrustsWhoseRatingTheInspectionChanged() throws IOException {
        Path input = input(Map.of(
                "Not inspected", Map.of(),
                "Found not compliant", Map.of("c04_inspection", "insufficient_assurance"),
                "Declaration confirmed", Map.of("c04_inspection", "compliant"),
                "Understated", Map.of("c09", "insufficient_assurance", "c09_inspection", "compliant")));

        InspectionReport report = new InspectionEffect(Projects.SERVICE).report(ID, input, InspectionEffect.DEFAULT_KIND);

        assertThat(report.rated()).isEqualTo(4);
        assertThat(report.inspected()).isEqualTo(3);
        assertThat(report.changes()).extracting(InspectionReport.Change::organisation)
                .containsExactlyInAnyOrder("Found not compliant", "Understated");
        assertThat(report.changes()).filteredOn(c -> c.organisation().equals("Found not compliant")).singleElement()
                .satisfies(c -> {
                    assertThat(c.declared()).isEqualTo("excellent");
                    assertThat(c.inspected()).isEqualTo("good");
                    assertThat(c.findings()).containsExactly(Map.entry("c04_inspection", "insufficient_assurance"));
                });
        assertThat(report.lowered()).isEqualTo(1);
        assertThat(report.changedPercent()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(InspectionText.render(report)).contains("4 trusts rated; 3 inspected",
                "2 of the 3 inspected trusts (67%) are rated differently than their declarations alone would give: 1 lower, 1 higher",
                "Found not compliant", "C4 inspection insufficient assurance");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        InspectionText.writeCsv(report, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("organisation,sector,rating_declared,rating_inspected,findings\n")
                .contains("Found not compliant,acute,excellent,good,c04_inspection=insufficient_assurance\n");
    }

    @Test
    void aKindTheMethodologyDoesNotHaveIsAProblem() throws IOException {
        Path input = input(Map.of("A trust", Map.of()));

        assertThatThrownBy(() -> new InspectionEffect(Projects.SERVICE).report(ID, input, "audit"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("has no inputs of kind 'audit'");
    }

    /** Acute trusts with every standard compliant, every target met and no inspection, except the values given. */
    private Path input(Map<String, Map<String, String>> trusts) throws IOException {
        Methodology methodology = Projects.SERVICE.methodologies().load(ID);
        SyntheticInput synthetic = new SyntheticInput(methodology);
        List<String> header = synthetic.header();
        List<String> lines = new ArrayList<>(List.of(String.join(",", header)));
        trusts.forEach((name, values) -> {
            List<String> row = new ArrayList<>();
            for (String column : header) {
                row.add(value(methodology, column, name, values));
            }
            lines.add(String.join(",", row));
        });
        Path file = temp.resolve("input.csv");
        Files.write(file, lines);
        return file;
    }

    private static String value(Methodology methodology, String column, String name, Map<String, String> values) {
        if (column.equals("organisation")) {
            return name;
        }
        if (column.equals("sector")) {
            return "acute";
        }
        if (values.containsKey(column)) {
            return values.get(column);
        }
        var input = methodology.inputs().get(column);
        if (input == null || !methodology.sectors().get("acute").inputs().contains(column)) {
            return "";
        }
        return switch (input.kind()) {
            case "new_target" -> "4";
            case "ale_theme" -> "3";
            case "financial_risk_rating" -> "not_applicable";
            default -> methodology.config().domains().get(input.domain()).values().keySet().iterator().next();
        };
    }
}
