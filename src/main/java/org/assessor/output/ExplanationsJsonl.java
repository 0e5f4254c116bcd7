package org.assessor.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.assessor.assessment.Rating;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code explanations.jsonl}: JSON Lines, the run's {@link ExplanationHeader} (with the run's provenance) on the
 * first line, then one line per rating ({@link RatingLine}) in input order. Written as a stream, each rating's
 * line as serialised once by {@link #serialiser} on the rating threads; optionally gzipped as it is written.
 */
public final class ExplanationsJsonl implements ExplanationsFile {
    /**
     * Buffers recycled per thread: lines are read and rendered back on several threads at once (replay, the web), and
     * the default pool, shared, cost a tenth of serialising a line in contention when lines were still written with
     * Jackson (JFR, a million ratings). Lines themselves are written by {@link JsonBytes}.
     */
    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
    private static final byte NEWLINE = '\n';

    private final Supplier<RunInfo> run;
    private final OutputStream out;
    private final GZIPOutputStream gzipped;
    private boolean started;
    private boolean closed;

    /**
     * The header is written with the first rating (it comes with it): by then the input is known to be readable.
     *
     * @param gzip compress as written (fastest level: the lines shrink about tenfold even so)
     */
    public ExplanationsJsonl(Supplier<RunInfo> run, OutputStream out, boolean gzip) {
        this.run = run;
        try {
            this.gzipped = gzip ? fastGzip(out) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.out = new BufferedOutputStream(gzip ? gzipped : out, 1 << 16);
    }

    private static GZIPOutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /**
     * Serialises each rating's line against {@code header}; safe to call from several threads at once.
     *
     * @param sentences also write each step's sentence into the line (readers render them anyway)
     */
    public static Function<Rating, ExplainedRating> serialiser(ExplanationHeader header, boolean sentences) {
        RatingLine line = new RatingLine(header, sentences);
        return rating -> new ExplainedRating(rating, line.toJson(rating), header);
    }

    @Override
    public void accept(ExplainedRating rating) {
        try {
            if (!started) {
                out.write(rating.header().toJson(run.get()));
                out.write(NEWLINE);
                started = true;
            }
            out.write(rating.json());
            out.write(NEWLINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the file (once, finishing the gzip stream); the stream underneath is closed by its owner. A run that failed before its first rating writes nothing. */
    @Override
    public void close() {
        if (!closed && started) {
            closed = true;
            try {
                out.flush();
                if (gzipped != null) {
                    gzipped.finish();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
