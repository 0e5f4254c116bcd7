package org.assessor.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Rating;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;

/**
 * The 2003/04 star-rating rules ({@code rules/star-ratings-2003-04/*.drl}) written as plain Java: the lower
 * bound the engine is measured against. Benchmark code only. Every number comes from the loaded
 * methodology's parameters, read once here, so a what-if changes both alike; the results have the engine's
 * names and types, and {@link Agreement} checks that they are the engine's results before anything is timed.
 */
final class PlainStarRatings {
    private final Map<String, Double> keyTargetPoints;
    private final Map<String, Double> focusAreaPoints;
    private final Map<String, List<Param>> summaryBands = new HashMap<>();
    private final Map<String, Double> allLowMaxScore;
    private final Map<String, Double> threeStarMinScore;
    private final Double failStars;
    private final Double moderateFailStars;
    private final Double allLowStars;
    private final Double borderlineHigherMinScore;
    private final Double borderlineHigherStars;
    private final Double borderlineLowerStars;
    private final Double passHigherStars;
    private final Double passLowerStars;
    private final Double significantWeaknessesStars;
    private final Double strengthsMaxStars;
    private final Double significantStrengthsPassStars;

    PlainStarRatings(Methodology methodology) {
        keyTargetPoints = numbersOf(methodology, "key_target_points");
        focusAreaPoints = numbersOf(methodology, "focus_area_points");
        for (Param param : methodology.params()) {
            if (param.group() != null && param.group().startsWith("key_target_summary.")) {
                summaryBands.computeIfAbsent(param.group().substring("key_target_summary.".length()), s -> new ArrayList<>()).add(param);
            }
        }
        allLowMaxScore = numbersOf(methodology, "star_rating.moderate_fail.all_low_max_score");
        threeStarMinScore = numbersOf(methodology, "star_rating.pass.three_star_min_score");
        failStars = number(methodology, "star_rating.fail.stars");
        moderateFailStars = number(methodology, "star_rating.moderate_fail.stars");
        allLowStars = number(methodology, "star_rating.moderate_fail.all_low_stars");
        borderlineHigherMinScore = number(methodology, "star_rating.borderline.higher_min_score");
        borderlineHigherStars = number(methodology, "star_rating.borderline.higher_stars");
        borderlineLowerStars = number(methodology, "star_rating.borderline.lower_stars");
        passHigherStars = number(methodology, "star_rating.pass.higher_stars");
        passLowerStars = number(methodology, "star_rating.pass.lower_stars");
        significantWeaknessesStars = number(methodology, "clinical_governance.significant_weaknesses_stars");
        strengthsMaxStars = number(methodology, "clinical_governance.strengths_max_stars");
        significantStrengthsPassStars = number(methodology, "clinical_governance.significant_strengths_pass_stars");
    }

    /** Rates every assessment, in parallel like the engine; ratings in input order, without steps. */
    List<Rating> rate(List<AssessmentInputs> assessments) {
        return assessments.parallelStream().map(this::rate).toList();
    }

    Rating rate(AssessmentInputs assessment) {
        String sector = assessment.assessment().getSector();
        double keyTargets = 0;
        double focusAreas = 0;
        boolean keyTargetsScored = true;
        boolean focusAreasScored = true;
        String governance = null;
        for (Input input : assessment.inputs()) {
            if ("key_target".equals(input.kind())) {
                Double points = keyTargetPoints.get(input.value());
                keyTargetsScored &= points != null;
                keyTargets += points == null ? 0 : points;
            } else if ("focus_area".equals(input.kind())) {
                Double points = focusAreaPoints.get(input.value());
                focusAreasScored &= points != null;
                focusAreas += points == null ? 0 : points;
            }
            if ("clinical_governance".equals(input.name())) {
                governance = input.value();
            }
        }
        Map<String, Object> results = new TreeMap<>();
        String summary = keyTargetsScored ? summary(sector, keyTargets) : null;
        if (summary != null) {
            results.put("key_target_points", keyTargets);
            results.put("key_target_summary", summary);
        }
        Double score = focusAreasScored ? focusAreas : null;
        if (score != null) {
            results.put("balanced_scorecard_score", score);
        }
        Double stars = governance(governance, summary, stars(sector, summary, score));
        if (stars != null) {
            results.put(Rating.RATING, stars);
        }
        return new Rating(assessment.assessment(), results, List.of());
    }

    /** Step 1: the band of the sector that holds the key-target points. */
    private String summary(String sector, double points) {
        for (Param band : summaryBands.getOrDefault(sector, List.of())) {
            if (band.includes(points)) {
                return band.key();
            }
        }
        return null;
    }

    /** Step 3: the stars from the summary and the balanced-scorecard score; null when no rule applies. */
    private Double stars(String sector, String summary, Double score) {
        if ("fail".equals(summary)) {
            return failStars;
        }
        if (summary == null || score == null) {
            return null;
        }
        return switch (summary) {
            case "moderate_fail" -> {
                Double max = allLowMaxScore.get(sector);
                yield max != null && max >= score ? allLowStars : moderateFailStars;
            }
            case "borderline" -> score >= borderlineHigherMinScore ? borderlineHigherStars : borderlineLowerStars;
            case "pass" -> {
                Double min = threeStarMinScore.get(sector);
                yield min == null ? null : score >= min ? passHigherStars : passLowerStars;
            }
            default -> null;
        };
    }

    /** Step 4: the clinical-governance overrides of the step-3 rating. */
    private Double governance(String grade, String summary, Double stars) {
        if (stars == null || grade == null) {
            return stars;
        }
        return switch (grade) {
            case "significant_weaknesses" -> significantWeaknessesStars;
            case "strengths" -> stars > strengthsMaxStars ? strengthsMaxStars : stars;
            case "significant_strengths" -> "pass".equals(summary) ? significantStrengthsPassStars : stars;
            default -> stars;
        };
    }

    private static Map<String, Double> numbersOf(Methodology methodology, String group) {
        Map<String, Double> numbers = new HashMap<>();
        methodology.params().stream().filter(p -> group.equals(p.group())).forEach(p -> numbers.put(p.key(), p.number()));
        if (numbers.isEmpty()) {
            throw new IllegalStateException(methodology.id() + " has no parameters in " + group);
        }
        return numbers;
    }

    private static Double number(Methodology methodology, String name) {
        return methodology.param(name).map(Param::number)
                .orElseThrow(() -> new IllegalStateException(methodology.id() + " has no parameter " + name));
    }
}
