package org.assessor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.generate.SyntheticInput;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;

/**
 * What the benchmarks rate: methodologies from the methodology home ({@code -Dassessor.home}, else the
 * current folder, which must be the repository root), synthetic populations from the seeded generator and
 * the bundled published data, all read through the product's own {@link AssessmentReader}.
 */
public final class Populations {
    static final String STAR_RATINGS = "star-ratings-2003-04";
    static final String PUBLISHED = "data/star-ratings-2003-04-published.csv";
    /** The seed of every synthetic population, so that each run rates the same trusts. */
    static final long SEED = 2003_04L;

    private Populations() {
    }

    static Path home() {
        return Path.of(System.getProperty("assessor.home", ".")).toAbsolutePath().normalize();
    }

    public static Methodology load(String id) {
        return new Methodologies(home()).load(id);
    }

    static RuleBase compile(Methodology methodology) {
        return RuleBase.compile(methodology);
    }

    /** {@code trusts} synthetic trust-sectors as {@code bin/assessor generate --trusts N --seed SEED} writes them, read back. */
    static List<AssessmentInputs> synthetic(Methodology methodology, int trusts) {
        Path file = null;
        try {
            file = Files.createTempFile("assessor-bench-", ".csv");
            try (OutputStream out = Files.newOutputStream(file)) {
                new SyntheticInput(methodology).write(trusts, SEED, out);
            }
            return new AssessmentReader(methodology).read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    static List<AssessmentInputs> published(Methodology methodology) {
        return new AssessmentReader(methodology).read(home().resolve(PUBLISHED));
    }

    static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

    /** Heap in use after a full collection, for the memory-per-assessment notes. */
    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
