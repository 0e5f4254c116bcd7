package org.assessor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.assessor.archive.AuditEntry;
import org.assessor.archive.AuditLog;
import org.assessor.archive.MethodologySnapshot;
import org.assessor.archive.Recording;
import org.assessor.archive.RunArchive;
import org.assessor.archive.RunStart;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;
import org.assessor.output.ExplanationsJson;
import org.assessor.system.EngineVersion;
import org.assessor.system.Hashes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A STAND-IN for the JDBC archive, which is being built at the same time: runs and audit entries kept in
 * memory, so the web tests can run before it lands. Replace with the real archive on an H2 file once it
 * is on main.
 */
public final class InMemoryRunArchive implements RunArchive, AuditLog {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Stored(RunSummary summary, byte[] input, MethodologySnapshot methodology, List<StoredRating> ratings,
                          List<String> explanations) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final List<Stored> runs = new CopyOnWriteArrayList<>();
    private final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

    @Override
    public Recording begin(RunStart start) {
        byte[] input;
        try {
            input = Files.readAllBytes(start.input());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant started = Instant.now();
        List<StoredRating> ratings = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        return new Recording() {
            @Override
            public void add(Rating rating) {
                Map<String, String> results = new LinkedHashMap<>();
                rating.results().forEach((k, v) -> {
                    if (!Rating.RATING.equals(k)) {
                        results.put(k, Numbers.text(v));
                    }
                });
                ratings.add(new StoredRating(ratings.size(), rating.assessment().getOrganisation(), rating.assessment().getSector(),
                        rating.assessment().getPeriod() == null ? null : String.valueOf(rating.assessment().getPeriod()),
                        rating.value() == null ? null : Numbers.text(rating.value()), results, rating.dependsOnAssumptions()));
                explanations.add(JSON.writeValueAsString(ExplanationsJson.toMap(rating, start.methodology())));
            }

            @Override
            public RunSummary commit() {
                var m = start.methodology();
                RunSummary summary = new RunSummary(ids.incrementAndGet(), m.id(), m.version(), m.config().title(), start.inputName(),
                        Hashes.of(start.input()), start.period(), start.ranBy(), start.origin(), started, Instant.now(),
                        ratings.size(), EngineVersion.get());
                runs.add(0, new Stored(summary, input, new MethodologySnapshot(m.id(), m.version(), m.sources(), m.changes()),
                        List.copyOf(ratings), List.copyOf(explanations)));
                return summary;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public List<RunSummary> runs() {
        return runs.stream().map(Stored::summary).toList();
    }

    @Override
    public Optional<RunSummary> run(long id) {
        return stored(id).map(Stored::summary);
    }

    @Override
    public List<StoredRating> ratings(long runId) {
        return stored(runId).map(Stored::ratings).orElse(List.of());
    }

    @Override
    public Optional<String> explanation(long runId, int index) {
        return stored(runId).filter(s -> index >= 0 && index < s.explanations().size()).map(s -> s.explanations().get(index));
    }

    @Override
    public InputStream input(long runId) {
        return new ByteArrayInputStream(stored(runId).orElseThrow().input());
    }

    @Override
    public MethodologySnapshot methodology(long runId) {
        return stored(runId).orElseThrow().methodology();
    }

    @Override
    public void record(String user, String action, String target, String outcome) {
        audit.add(0, new AuditEntry(audit.size() + 1, Instant.now(), user, action, target, outcome));
    }

    @Override
    public List<AuditEntry> newest(int limit) {
        return audit.stream().limit(limit).toList();
    }

    private Optional<Stored> stored(long id) {
        return runs.stream().filter(s -> s.summary().id() == id).findFirst();
    }
}
