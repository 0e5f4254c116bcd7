package org.assessor.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * The likely ranges of NHS England's Q1-Q2 file for the 61 mental health and community trusts, rated by the
 * rules with the bootstrap in {@link LikelyRanges}, against {@code calc/likely-ranges-nof-2025-26.csv}: what
 * the rules gave while the bootstrap was written in the DRL consequence (commit ed8b097), with the
 * parameters then configured (1000 samples, seed 20252026) and three what-ifs that change the samples, seed, percentiles, decimals, lowest
 * segment and override segment. Text for text, once today's "1.2 to 1.89" is written as the consequence wrote it,
 * "1.20 - 1.89".
 */
class LikelyRangesOnPublishedDataTest {
    private static final Path DATA = Path.of("data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv");
    private static final Path BEFORE = Path.of("src/test/resources/calc/likely-ranges-nof-2025-26.csv");

    @Test
    void everyLikelyRangeIsTheOneTheRuleConsequenceGave() throws IOException {
        Methodology methodology = new Methodologies(Path.of("").toAbsolutePath()).load("oversight-framework-2025-26");
        List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(DATA);
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        variants.put("1000 samples seed 20252026", Map.of("likely_range.samples", "1000", "likely_range.seed", "20252026"));
        variants.put("137 samples seed 7 percentiles 10 to 90", Map.of("likely_range.samples", "137", "likely_range.seed", "7",
                "likely_range.lower_percentile", "10", "likely_range.upper_percentile", "90"));
        variants.put("1 sample", Map.of("likely_range.samples", "1"));
        variants.put("200 samples 3 decimals lowest segment 3 override segment 2", Map.of("likely_range.samples", "200",
                "score.decimals", "3", "segments.lowest", "3", "financial_override.best_segment", "2"));
        StringBuilder table = new StringBuilder("variant,input_line,period,likely_range_of_average_score,likely_range_of_rank\n");
        variants.forEach((variant, changes) -> {
            int decimals = Integer.parseInt(changes.getOrDefault("score.decimals", "2"));
            RuleBase rules = RuleBase.compile(WhatIf.apply(methodology, changes));
            for (Rating rating : new Assessor(false).rate(rules, assessments)) {
                table.append(variant).append(',').append(rating.assessment().getLine()).append(',')
                        .append(rating.assessment().getPeriod()).append(',')
                        .append(asTheConsequenceWroteIt(rating.results().get("likely_range_of_average_score"), decimals))
                        .append(',').append(asTheConsequenceWroteIt(rating.results().get("likely_range_of_rank"), decimals)).append('\n');
            }
        });
        assertThat(table.toString()).isEqualTo(Files.readString(BEFORE));
    }

    /** "1.2 to 1.89" as the replaced consequence wrote it, "1.20 - 1.89"; a rank "1 to 11" as "1 - 11". */
    private static String asTheConsequenceWroteIt(Object published, int decimals) {
        String[] ends = String.valueOf(published).split(" to ");
        if (ends[0].contains(".")) {
            String format = "%." + decimals + "f";
            return String.format(Locale.ROOT, format + " - " + format, Double.parseDouble(ends[0]), Double.parseDouble(ends[1]));
        }
        return ends[0] + " - " + ends[1];
    }
}
