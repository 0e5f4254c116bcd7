package org.assessor.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.assessor.assessment.Rating;
import org.assessor.explanation.StepText;
import org.assessor.methodology.Methodology;

/**
 * {@code explanations.json}, the format before {@code explanations.jsonl} (kept for {@code rate --explanations-format
 * json}): the run's provenance, then every rating with its ordered steps, each parameter and sentence written out in
 * every step. Written as a stream, one rating at a time, on the thread that takes ratings in order.
 */
public final class ExplanationsJson implements ExplanationsFile {
    private final Supplier<RunInfo> run;
    private final ExplanationWriter writer;
    private final OutputStream out;
    private boolean started;
    private boolean closed;

    /**
     * Ratings are written as they are accepted, after the run's provenance, which is asked for with
     * the first rating: by then the input is known to be readable.
     */
    public ExplanationsJson(Supplier<RunInfo> run, Methodology methodology, OutputStream out) {
        this.run = run;
        this.writer = new ExplanationWriter(new StepText(methodology.labels()));
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    public static void write(RunInfo run, Methodology methodology, List<Rating> ratings, OutputStream out) {
        try (ExplanationsJson explanations = new ExplanationsJson(() -> run, methodology, out)) {
            ratings.forEach(rating -> explanations.accept(new ExplainedRating(rating, null, null)));
        }
    }

    /** Writes the rating's explanation in this format from its steps (what the renderer of the new format reproduces). */
    @Override
    public void accept(ExplainedRating rating) {
        try {
            out.write(started ? COMMA : header());
            started = true;
            out.write(writer.toJson(rating.rating()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] header() {
        byte[] provenance = ExplanationsJsonl.JSON.writeValueAsBytes(run.get());
        byte[] header = new byte[OPEN_RUN.length + provenance.length + OPEN_RATINGS.length];
        System.arraycopy(OPEN_RUN, 0, header, 0, OPEN_RUN.length);
        System.arraycopy(provenance, 0, header, OPEN_RUN.length, provenance.length);
        System.arraycopy(OPEN_RATINGS, 0, header, OPEN_RUN.length + provenance.length, OPEN_RATINGS.length);
        return header;
    }

    private static final byte[] OPEN_RUN = "{\"run\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OPEN_RATINGS = ",\"ratings\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = {','};
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.UTF_8);

    /** Ends the file (once); the stream is closed by its owner. A run that failed before its first rating writes nothing. */
    @Override
    public void close() {
        if (!closed && started) {
            closed = true;
            try {
                out.write(CLOSE);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One rating as the object {@code explanations.json} holds for it, as JSON text: what every reader renders a line back to. */
    public static String toJson(Rating rating, StepText text) {
        return new String(new ExplanationWriter(text).toJson(rating), StandardCharsets.UTF_8);
    }
}
