package org.assessor.bench;

import java.util.List;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;

/**
 * Not a benchmark: heap retained per assessment and per rating (with and without steps), measured after full
 * collections. {@code java -cp target/benchmarks.jar org.assessor.bench.Footprint [size]}.
 */
public final class Footprint {
    private Footprint() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Methodology methodology = Populations.load(Populations.STAR_RATINGS);
        RuleBase rules = Populations.compile(methodology);
        long start = Populations.usedHeap();
        List<AssessmentInputs> assessments = Populations.synthetic(methodology, size);
        long withSubjects = Populations.usedHeap();
        System.out.printf("%,d subjects: %,d bytes per subject (assessment and inputs)%n", size, (withSubjects - start) / size);
        for (boolean explain : new boolean[] {false, true}) {
            List<Rating> ratings = new Assessor(explain).rate(rules, assessments);
            long withRatings = Populations.usedHeap();
            System.out.printf("ratings %s explanations: %,d bytes per rating, %.1f steps per rating%n",
                    explain ? "with" : "without", (withRatings - withSubjects) / size,
                    ratings.stream().mapToInt(r -> r.steps().size()).average().orElse(0));
            if (explain) {
                // the recorder keeps firings; reading the steps (above) built them and dropped the firings
                System.out.printf("ratings with explanations, steps read: %,d bytes per rating%n",
                        (Populations.usedHeap() - withSubjects) / size);
            }
            ratings = null;
        }
    }
}
