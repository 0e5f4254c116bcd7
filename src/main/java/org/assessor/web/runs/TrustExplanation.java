package org.assessor.web.runs;

import java.util.List;

import org.assessor.archive.RunSummary;

/**
 * One trust's rating as its explanation pages and exports show it, decision first: the rating in the
 * methodology's words, the published values beside the computed ones, the deciding steps (in
 * {@code explanation}), then the trust's inputs and results by their labels, then the per-item detail.
 *
 * @param inputsMissing why the trust's inputs are not shown, or null when they are
 */
record TrustExplanation(RunSummary run, int index, ExplanationView explanation, String sector, String period, String ratingLabel,
                        String rating, List<Fact> attributes, List<Published> published, List<InputRow> inputs,
                        String inputsMissing, List<Fact> results) {

    /** A labelled value: a trust attribute or a result, {@code value} as shown and {@code raw} as stored. */
    record Fact(String id, String label, String value, String raw) {
    }

    /** One input of the trust: its label, its value as the methodology names it, and the input's id (the file's column). */
    record InputRow(String id, String label, String value, String raw) {
    }

    /**
     * A value the input publishes beside the one computed: {@code difference} is how far apart two numbers are,
     * null when they agree or are not both numbers.
     */
    record Published(String id, String label, String published, String computed, boolean agree, String difference) {
        public String sentence() {
            return "Published " + published + ", computed " + (computed == null ? "nothing" : computed) + ": "
                    + (agree ? "they agree." : difference == null ? "they differ." : "they differ by " + difference + ".");
        }
    }

    /** A short name for files: "run-12-rating-0-aintree-hospitals-nhs-trust". */
    public String fileName() {
        String slug = explanation.organisation().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return "run-" + run.id() + "-rating-" + index + (slug.isEmpty() ? "" : "-" + slug);
    }
}
