package org.assessor.archive;

import java.util.List;

import org.assessor.Projects;
import org.assessor.assessment.Rating;
import org.assessor.rating.RatingService.Run;

/**
 * How long the archive takes to open and to store a run, on the database named by the arguments
 * ({@code URL [USER [PASSWORD]]}): the 275 published 2003/04 ratings repeated to 10,000 and 100,000.
 * Not a test; run by hand, see docs/archive.md.
 */
public final class ArchiveBenchmark {
    private ArchiveBenchmark() {
    }

    public static void main(String[] args) {
        ArchiveLocation location = new ArchiveLocation(args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
        long start = System.nanoTime();
        Archives archives = Archives.open(location);
        System.out.printf("open (connect and migrate): %d ms%n", (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        Archives.open(location);
        System.out.printf("open again: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        Run run = Projects.rate(RunArchiveContract.STAR_RATINGS, Projects.PUBLISHED_2003_04);
        for (int size : List.of(10_000, 10_000, 100_000)) {
            start = System.nanoTime();
            RunSummary summary;
            try (Recording recording = archives.runs().begin(new RunStart(run.methodology(), Projects.PUBLISHED_2003_04,
                    "published.csv", null, "benchmark", "cli"))) {
                for (int i = 0; i < size; i++) {
                    Rating rating = run.ratings().get(i % run.ratings().size());
                    recording.add(rating);
                }
                summary = recording.commit();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("store %,d ratings: %,d ms (%,.0f ratings/s), run %d%n", size, ms, size * 1000.0 / ms, summary.id());
        }
        start = System.nanoTime();
        int read = archives.runs().ratings(archives.runs().runs().get(0).id()).size();
        System.out.printf("read back %,d ratings: %,d ms%n", read, (System.nanoTime() - start) / 1_000_000);
    }
}
