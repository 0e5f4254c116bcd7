package org.assessor.web.runs;

import java.util.Objects;
import java.util.Optional;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.input.AssessmentReader;
import org.assessor.input.Assessments;
import org.assessor.methodology.Methodology;
import org.springframework.stereotype.Component;

/**
 * A rating's row of its run's archived input, read back with the run's own methodology version as the rating read
 * it: the trust's inputs and what the file publishes for it. A wide file is read only up to the trust's row.
 */
@Component
public final class ArchivedRows {
    private final RunArchive archive;

    public ArchivedRows(RunArchive archive) {
        this.archive = archive;
    }

    /** The trust's row; empty when the archived input has none (it was rated, so only a damaged archive lacks it). */
    public Optional<AssessmentInputs> of(RunSummary run, Methodology methodology, StoredRating rating) {
        return archive.withInputFile(run.id(), "input.csv", file -> {
            try (Assessments rows = new AssessmentReader(methodology, run.period()).open(file)) {
                while (rows.hasNext()) {
                    AssessmentInputs row = rows.next();
                    if (isOf(row, rating)) {
                        return Optional.of(row);
                    }
                }
                return Optional.empty();
            }
        });
    }

    private static boolean isOf(AssessmentInputs row, StoredRating rating) {
        return row.assessment().getOrganisation().equals(rating.organisation())
                && row.assessment().getSector().equals(rating.sector())
                && (rating.period() == null || Objects.equals(row.assessment().getPeriod(), rating.period()));
    }
}
