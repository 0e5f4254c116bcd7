package org.assessor.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.assessor.methodology.Methodology;
import org.assessor.output.ExplainedRating;
import org.assessor.rating.Progress;
import org.assessor.rating.RatingPipeline.Recorded;
import org.assessor.rating.RatingService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rates an archived run again from what the archive kept (its methodology files, what-if changes and
 * input), never from the current files, and compares ratings, results and explanations with the
 * archived ones.
 */
public final class Replay {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunArchive archive;
    private final RatingService service;
    private final int shown;

    /**
     * @param service rates the replay; any service will do, since the methodology comes from the
     *                snapshot (its cache of compiled rules is keyed by their content)
     * @param shown   how many differences to describe
     */
    public Replay(RunArchive archive, RatingService service, int shown) {
        this.archive = archive;
        this.service = service;
        this.shown = shown;
    }

    public ReplayResult replay(long runId) {
        MethodologySnapshot snapshot = archive.methodology(runId); // a clear problem for an unknown run
        RunSummary run = archive.run(runId).orElseThrow();
        Methodology methodology = snapshot.load();
        return archive.withInputFile(runId, Path.of(run.inputName()).getFileName().toString(), input -> {
            List<ExplainedRating> replayed = new ArrayList<>();
            service.rate(methodology, input, run.period(), Recorded.EVERYTHING, replayed::add, Progress.NONE);
            return compare(run, methodology, replayed);
        });
    }

    private ReplayResult compare(RunSummary run, Methodology methodology, List<ExplainedRating> replayed) {
        List<String> found = new ArrayList<>();
        if (!methodology.version().equals(run.methodologyVersion())) {
            found.add("methodology: the snapshot loads as version " + methodology.version() + ", the run used "
                    + run.methodologyVersion());
        }
        List<StoredRating> stored = archive.ratings(run.id());
        List<String> explanations = archive.explanations(run.id());
        if (stored.size() != replayed.size()) {
            found.add("ratings: " + stored.size() + " archived, " + replayed.size() + " replayed");
        }
        for (int i = 0; i < Math.min(stored.size(), replayed.size()); i++) {
            compare(stored.get(i), i < explanations.size() ? explanations.get(i) : "null", replayed.get(i), found);
        }
        return new ReplayResult(run.id(), stored.size(), found.size(), List.copyOf(found.subList(0, Math.min(shown, found.size()))));
    }

    private void compare(StoredRating archived, String explanation, ExplainedRating replayed, List<String> found) {
        StoredRating again = StoredRatings.of(archived.index(), replayed.rating());
        String which = "rating " + archived.index() + " (" + archived.organisation() + ", " + archived.sector() + ")";
        differ(found, which, "organisation", archived.organisation(), again.organisation());
        differ(found, which, "sector", archived.sector(), again.sector());
        differ(found, which, "period", archived.period(), again.period());
        differ(found, which, "rating", archived.rating(), again.rating());
        for (String name : new TreeSet<>(union(archived, again))) {
            differ(found, which, "results." + name, archived.results().get(name), again.results().get(name));
        }
        differ(found, which, "attributes", archived.attributes(), again.attributes());
        differ(found, which, "depends_on_assumptions", archived.dependsOnAssumptions(), again.dependsOnAssumptions());
        // equal texts are equal trees: only a difference is parsed, to say where it is
        String replayedText = replayed.rendered();
        if (!explanation.equals(replayedText)) {
            String difference = JsonDiff.first(JSON.readTree(explanation), JSON.readTree(replayedText), "explanation");
            if (difference != null) {
                found.add(which + ": " + difference);
            }
        }
    }

    private static List<String> union(StoredRating a, StoredRating b) {
        List<String> names = new ArrayList<>(a.results().keySet());
        names.addAll(b.results().keySet());
        return names;
    }

    private static void differ(List<String> found, String which, String what, Object archived, Object replayed) {
        if (!Objects.equals(archived, replayed)) {
            found.add(which + ": " + what + " archived " + archived + ", replayed " + replayed);
        }
    }
}
