package org.assessor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 2003/04 star ratings written out from the specification (docs/methodologies/star-ratings-2003-04.md),
 * independently of the rules, so tests can predict what a parameter change must do. Only what the tests
 * vary is a parameter here.
 */
public final class SpecModel {
    /** Key-target points of data_not_returned, and the top of the acute pass band (the borderline band starts one above). */
    public record Params(double dataNotReturned, double acutePassMax) {
        public static final Params SPEC = new Params(1, 1);
    }

    private static final List<String> FOCUS = List.of("clinical_focus", "patient_focus", "capacity_and_capability",
            "access_to_quality_services", "improving_health", "service_provision");
    private static final List<String> KEY_TARGETS = List.of("emergency_admission_12_hour_waits", "cancer_two_week_wait",
            "financial_management", "hospital_cleanliness", "improving_working_lives", "outpatient_elective_booking",
            "outpatient_waits", "elective_inpatient_waits", "ae_four_hours", "category_a_14_19_minutes",
            "category_a_8_minutes", "access_gp", "access_primary_care_professional", "drug_misuse_treatment",
            "smoking_quitters", "assertive_outreach", "cmht_integration", "cpa_systems", "mhmds_implementation");

    private SpecModel() {
    }

    public static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
        }
    }

    /** Step 1: key-target points (only the sector's key targets are filled in the published data). */
    public static double points(CSVRecord row, Params params) {
        double points = 0;
        for (String target : KEY_TARGETS) {
            points += switch (row.get(target)) {
                case "underachieved" -> 1;
                case "significantly_underachieved" -> 3;
                case "data_not_returned" -> params.dataNotReturned();
                default -> 0;
            };
        }
        return points;
    }

    public static String summary(String sector, double points, Params params) {
        double[] tops = switch (sector) {
            case "mental_health" -> new double[] {1, 3, 5};
            case "ambulance" -> new double[] {0, 1, 3};
            case "acute", "specialist" -> new double[] {params.acutePassMax(), 3, 6};
            default -> new double[] {1, 3, 6};
        };
        return points <= tops[0] ? "pass" : points <= tops[1] ? "borderline" : points <= tops[2] ? "moderate_fail" : "fail";
    }

    /** Step 2. */
    public static int score(CSVRecord row) {
        int score = 0;
        for (String area : FOCUS) {
            score += Map.of("high", 3, "medium", 2, "low", 1).getOrDefault(row.get(area), 0);
        }
        return score;
    }

    /** Steps 3 and 4. */
    public static int stars(CSVRecord row, Params params) {
        String sector = row.get("sector");
        String summary = summary(sector, points(row, params), params);
        int score = score(row);
        boolean acute = sector.equals("acute") || sector.equals("specialist");
        int stars = switch (summary) {
            case "fail" -> 0;
            case "moderate_fail" -> acute && score <= 3 ? 0 : 1;
            case "borderline" -> score >= 7 ? 2 : 1;
            default -> score >= (acute || sector.equals("ambulance") ? 8 : 9) ? 3 : 2;
        };
        return switch (acute ? "" : row.get("clinical_governance")) {
            case "significant_weaknesses" -> 0;
            case "strengths" -> Math.min(stars, 2);
            case "significant_strengths" -> summary.equals("pass") ? 3 : stars;
            default -> stars;
        };
    }

    public static String key(CSVRecord row) {
        return row.get("organisation") + " (" + row.get("sector") + ")";
    }
}
