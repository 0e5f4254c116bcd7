package org.assessor.web.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.input.AssessmentReader;
import org.assessor.input.Assessments;
import org.assessor.methodology.Methodology;
import org.assessor.system.ProblemException;
import org.assessor.system.Scratch;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rating's row of its run's archived input, read back with the run's own methodology version as the rating read
 * it: the trust's inputs and what the file publishes for it. Where the rating's explanation records its input line
 * and the file has a row a line, only the header and that line are read, as a file of their own, and kept if the
 * row there is the trust's; otherwise the file is read up to the trust's row. A national run's
 * input is a few hundred megabytes, which the whole read would parse on every page that shows a trust.
 */
@Component
public final class ArchivedRows {
    /** More than a header and a row hold (1,000 characters a value, a few hundred columns): past it, read the whole file. */
    private static final int LONGEST_LINES = 8 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunArchive archive;

    public ArchivedRows(RunArchive archive) {
        this.archive = archive;
    }

    /** The trust's row; empty when the archived input has none (it was rated, so only a damaged archive lacks it). */
    public Optional<AssessmentInputs> of(RunSummary run, Methodology methodology, StoredRating rating) {
        return of(run, methodology, rating, inputLine(run, rating));
    }

    /** As {@link #of(RunSummary, Methodology, StoredRating)}, for a caller that has the explanation's input line (0: none). */
    public Optional<AssessmentInputs> of(RunSummary run, Methodology methodology, StoredRating rating, long line) {
        var format = methodology.config().inputFormat();
        boolean wide = format == null || !format.isLong();
        Optional<AssessmentInputs> atLine = wide && line > 1 ? atLine(run, methodology, rating, line) : Optional.empty();
        return atLine.isPresent() ? atLine : upTo(run, methodology, rating);
    }

    /** The line the rating's explanation says its row was read from; 0 when it does not say (or cannot be read). */
    private long inputLine(RunSummary run, StoredRating rating) {
        try {
            return archive.explanation(run.id(), rating.index()).map(json -> JSON.readTree(json).path("input_line").asLong(0))
                    .orElse(0L);
        } catch (RuntimeException e) {
            return 0; // the row is then found by reading the file
        }
    }

    /** The file read up to the trust's row. */
    Optional<AssessmentInputs> upTo(RunSummary run, Methodology methodology, StoredRating rating) {
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

    /** The row on that line if it is the trust's; empty when it is not, or the line alone is not a row (a value spans lines). */
    Optional<AssessmentInputs> atLine(RunSummary run, Methodology methodology, StoredRating rating, long line) {
        byte[] text;
        try (InputStream input = archive.input(run.id())) {
            text = headerAndLine(input, line);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        if (text == null) {
            return Optional.empty();
        }
        try (Scratch scratch = Scratch.create("assessor-run-" + run.id() + "-line-")) {
            Path file = scratch.write("input.csv", text);
            try (Assessments rows = new AssessmentReader(methodology, run.period()).open(file)) {
                return rows.hasNext() ? Optional.of(rows.next()).filter(row -> isOf(row, rating)) : Optional.empty();
            }
        } catch (ProblemException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * The text's first line, then an empty line for each line between, then line {@code number}: a file whose one row
     * is on the line it was on in the whole (the reader skips empty lines). Null when the text has no such line or
     * either is implausibly long. Lines end as the reader counts them: at {@code \r\n}, {@code \n} or a lone
     * {@code \r} (bytes no other UTF-8 character contains).
     */
    static byte[] headerAndLine(InputStream text, long number) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long line = 1;
        boolean afterCr = false;
        int read;
        scan:
        while ((read = text.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                // the \n of a \r\n belongs to the line its \r ended, one behind the count by now
                long of = b == '\n' && afterCr ? line - 1 : line;
                if (of > number) {
                    break scan;
                }
                if (of == 1 || of == number) {
                    (of == 1 ? header : row).write(b);
                    if (header.size() + row.size() > LONGEST_LINES) {
                        return null;
                    }
                }
                if (b == '\r' || b == '\n' && !afterCr) {
                    line++;
                }
                afterCr = b == '\r';
            }
        }
        if (line < number || row.size() == 0) {
            return null;
        }
        ByteArrayOutputStream excerpt = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8,
                header.size() + (number - 2) + row.size()));
        header.writeTo(excerpt);
        for (long between = 2; between < number; between++) {
            // a lone \r: after a header ending in a lone \r, a \n would join it as one line end
            excerpt.write('\r');
        }
        row.writeTo(excerpt);
        return excerpt.toByteArray();
    }

    private static boolean isOf(AssessmentInputs row, StoredRating rating) {
        return row.assessment().getOrganisation().equals(rating.organisation())
                && row.assessment().getSector().equals(rating.sector())
                && (rating.period() == null || Objects.equals(row.assessment().getPeriod(), rating.period()));
    }
}
