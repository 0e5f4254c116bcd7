package org.assessor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long inputs, numeric domains, sessions grouped by sector and period, and parameters keyed by period. */
class LongInputTest {
    private static final String YAML = """
            id: long-demo
            title: Long input demo
            input_format:
              layout: long
              subject: Code
              organisation: Name
              sector: Type
              sector_values: {"Type A": a, "Type B": b}
              period: Quarter
              period_values: {"Q1 2025/26": q1, "Q2 2025/26": q2}
              metric: Metric
              value: Value
              published: [P*]
              published_columns: [Rank]
              ignore: [X1]
            sessions: {group_by: [sector, period]}
            attributes:
              Region: {label: region}
            domains:
              amount:
                type: number
                suppressed: ["*"]
                missing: ["-"]
            inputs:
              M1: {kind: metric, domain: amount}
            sectors:
              a: {inputs: [M1]}
              b: {inputs: [M1]}
            parameters:
              cutoff:
                q1: {value: 10, description: cut-off in Q1, reference: test, confidence: assumed}
                q2: {value: 20, description: cut-off in Q2, reference: test, confidence: assumed}
            """;
    private static final String DRL = """
            package assessor.long_demo;
            import org.assessor.fact.Assessment;
            import org.assessor.fact.Input;
            import org.assessor.fact.Param;
            import org.assessor.fact.Result;

            rule "A subject is ranked among the subjects of its sector and period"
                @explain("rank {$rank}")
            when
                $a : Assessment($s : sector, $p : period)
                Input(assessment == $a, name == "M1", $v : number != null)
                $n : Long() from accumulate(Input(name == "M1", number != null, number < $v,
                        assessment.sector == $s, assessment.period == $p), count(1))
                Param(group == "cutoff", key == $p, $cut : number)
            then
                insert(new Result($a, "rank", (int) ($n + 1)));
                insert(new Result($a, "rating", $v <= $cut ? "low" : "high"));
            end

            rule "A subject without a number is not ranked"
                @explain("no number")
            when
                $a : Assessment()
                not Input(assessment == $a, name == "M1", number != null)
            then
                insert(new Result($a, "rating", "none"));
            end
            """;

    @TempDir
    Path home;

    private Methodology methodology() throws IOException {
        Files.createDirectories(home.resolve("methodology-configs"));
        Files.createDirectories(home.resolve("rules/long-demo"));
        Files.writeString(home.resolve("methodology-configs/long-demo.yaml"), YAML);
        Files.writeString(home.resolve("rules/long-demo/rank.drl"), DRL);
        return new Methodologies(home).load("long-demo");
    }

    private Path csv(String... rows) throws IOException {
        Path file = home.resolve("in.csv");
        List<String> lines = new ArrayList<>();
        lines.add("\uFEFFQuarter,Region,Type,Code,Name,Metric,Value,Rank");
        lines.addAll(List.of(rows));
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsOneSubjectPerSubjectSectorAndPeriodWithNumbersSuppressedMissingAndPublished() throws IOException {
        Methodology methodology = methodology();
        Path file = csv(
                "Q1 2025/26,East,Type A,R1,One,M1,5.5,",
                "Q1 2025/26,East,Type A,R1,One,P1,2.1,7",
                "Q1 2025/26,East,Type A,R1,One,X1,whatever,",
                "Q1 2025/26,East,Type A,R2,Two,M1,*,",
                "Q2 2025/26,East,Type A,R1,One,M1,-,");
        List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(file);

        assertThat(assessments).hasSize(3);
        AssessmentInputs first = assessments.get(0);
        assertThat(first.assessment().getOrganisation()).isEqualTo("One");
        assertThat(first.assessment().getSector()).isEqualTo("a");
        assertThat(first.assessment().getPeriod()).isEqualTo("q1");
        assertThat(first.assessment().attribute("Region")).isEqualTo("East");
        assertThat(first.assessment().attribute("Code")).isEqualTo("R1");
        assertThat(first.assessment().getPublished()).isEqualTo(Map.of("P1", "2.1", "P1.Rank", "7"));
        assertThat(first.inputs()).extracting(Input::number).containsExactly(5.5);
        assertThat(assessments.get(1).inputs()).extracting(Input::value, Input::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("suppressed", null));
        assertThat(assessments.get(2).inputs()).isEmpty();

        assertThat(new AssessmentReader(methodology, "Q2").read(file)).hasSize(1);
        assertThat(new AssessmentReader(methodology, "q1").read(file)).hasSize(2);
    }

    @Test
    void reportsUnknownMetricsSectorsPeriodsAndBadNumbersWithTheirLines() throws IOException {
        Methodology methodology = methodology();
        Path file = csv(
                "Q1 2025/26,East,Type A,R1,One,M9,5,",
                "Q1 2025/26,East,Type C,R1,One,M1,5,",
                "Q3 2025/26,East,Type A,R1,One,M1,5,",
                "Q1 2025/26,East,Type A,R1,One,M1,abc,");
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> new AssessmentReader(methodology).read(file));

        assertThat(e.problems()).extracting(p -> p.line()).containsExactly(2, 3, 4, 5);
        assertThat(e.problems().get(0).message()).contains("unknown metric 'M9'");
        assertThat(e.problems().get(1).message()).contains("unknown Type 'Type C'");
        assertThat(e.problems().get(2).message()).contains("unknown period 'Q3 2025/26'");
        assertThat(e.problems().get(3).message()).contains("invalid value 'abc'");
    }

    @Test
    void ranksWithinSectorAndPeriodInOneSessionAndReadsThePeriodsParameters() throws IOException {
        Methodology methodology = methodology();
        List<String> rows = new ArrayList<>();
        // 700 assessments of type A in Q1 (more than one batch), interleaved with type B and Q2 assessments
        for (int i = 0; i < 700; i++) {
            rows.add("Q1 2025/26,East,Type A,A" + i + ",A" + i + ",M1," + (i % 350) + ",");
            rows.add("Q2 2025/26,East,Type A,A" + i + ",A" + i + ",M1," + (1000 - i) + ",");
            if (i < 3) {
                rows.add("Q1 2025/26,East,Type B,B" + i + ",B" + i + ",M1," + i + ",");
            }
        }
        List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(csv(rows.toArray(String[]::new)));
        List<Rating> ratings = new Assessor().rate(RuleBase.compile(methodology), assessments);

        assertThat(ratings).extracting(r -> r.assessment()).containsExactlyElementsOf(assessments.stream().map(AssessmentInputs::assessment).toList());
        Map<String, Object> a699q1 = find(ratings, "A349", "q1").results();
        assertThat(a699q1.get("rank")).isEqualTo(699); // values 0..349 twice: 349 has 2*349 lower values
        assertThat(a699q1.get("rating")).isEqualTo("high");
        assertThat(find(ratings, "A5", "q1").results().get("rating")).isEqualTo("low");
        assertThat(find(ratings, "A699", "q2").results().get("rank")).isEqualTo(1);
        assertThat(find(ratings, "A699", "q2").results().get("rating")).isEqualTo("high");
        assertThat(find(ratings, "B2", "q1").results().get("rank")).isEqualTo(3);
    }

    private static Rating find(List<Rating> ratings, String name, String period) {
        return ratings.stream().filter(r -> r.assessment().getOrganisation().equals(name)
                && r.assessment().getPeriod().equals(period)).findFirst().orElseThrow();
    }
}
