package org.assessor.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.assessor.MethodologyCopy;
import org.assessor.Projects;
import org.assessor.assessment.Rating;
import org.assessor.methodology.Methodologies;
import org.assessor.output.ExplainedRating;
import org.assessor.assessment.RuleSentence;
import org.assessor.explanation.StepText;
import org.assessor.output.ExplanationHeader;
import org.assessor.output.ExplanationsJson;
import org.assessor.output.ExplanationsJsonl;
import org.assessor.rating.RatingService.Run;
import org.assessor.rating.RatingService;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every database behind the run archive must do; one subclass per database. */
abstract class RunArchiveContract {
    static final String STAR_RATINGS = "star-ratings-2003-04";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** A what-if that moves acute trusts with one underachieved key target from pass to borderline. */
    static final Map<String, String> STRICTER = Map.of("key_target_summary.acute.pass.max", "0",
            "key_target_summary.acute.borderline.min", "1");

    @TempDir
    Path temp;
    ArchiveLocation location;
    Archives archives;

    /** A new, empty database (or schema) for one test. */
    abstract ArchiveLocation freshDatabase();

    @BeforeEach
    void open() {
        location = freshDatabase();
        archives = Archives.open(location);
    }

    @Test
    void aRatedRunReadsBackAsItWasRated() throws IOException {
        Run run = Projects.rate(STAR_RATINGS, Projects.PUBLISHED_2003_04);
        RunSummary summary = record(run, "web");

        assertThat(archives.runs().run(summary.id())).contains(summary);
        assertThat(summary).satisfies(s -> {
            assertThat(s.methodology()).isEqualTo(STAR_RATINGS);
            assertThat(s.methodologyVersion()).isEqualTo(run.info().methodologyVersion());
            assertThat(s.title()).isEqualTo(run.info().title());
            assertThat(s.inputName()).isEqualTo("data/star-ratings-2003-04-published.csv");
            assertThat(s.inputSha256()).isEqualTo(run.info().inputSha256());
            assertThat(s.engineVersion()).isEqualTo(run.info().engineVersion());
            assertThat(s.ranBy()).isEqualTo("auditor");
            assertThat(s.origin()).isEqualTo("web");
            assertThat(s.ratings()).isEqualTo(275);
            assertThat(s.finishedAt()).isAfterOrEqualTo(s.startedAt());
        });
        assertThat(archives.runs().ratings(summary.id())).isEqualTo(
                IntStream.range(0, run.ratings().size()).mapToObj(i -> StoredRatings.of(i, run.ratings().get(i))).toList());
        assertThat(archives.runs().ratings(summary.id()).get(0).results()).containsKeys("rating", "key_target_points");

        JsonNode written = explanationsJson(run).get("ratings");
        for (int i = 0; i < run.ratings().size(); i++) {
            assertThat(JSON.readTree(archives.runs().explanation(summary.id(), i).orElseThrow())).isEqualTo(written.get(i));
        }
        assertThat(archives.runs().explanation(summary.id(), 275)).isEmpty();
        List<StoredRating> all = archives.runs().ratings(summary.id());
        for (int i : new int[] {0, 137, 274}) {
            assertThat(archives.runs().rating(summary.id(), i)).contains(all.get(i));
        }
        assertThat(archives.runs().rating(summary.id(), 275)).isEmpty();
        assertThat(archives.runs().rating(summary.id(), -1)).isEmpty();
        String name = all.get(137).organisation();
        assertThat(archives.runs().ratings(summary.id(), name))
                .containsExactlyElementsOf(all.stream().filter(r -> r.organisation().equals(name)).toList());
        assertThat(archives.runs().ratings(summary.id(), name.toUpperCase(Locale.ROOT))).isEmpty();

        try (InputStream input = archives.runs().input(summary.id())) {
            assertThat(input.readAllBytes()).isEqualTo(Files.readAllBytes(Projects.PUBLISHED_2003_04));
        }
        MethodologySnapshot snapshot = archives.runs().methodology(summary.id());
        assertThat(snapshot.sources()).isEqualTo(run.methodology().sources()).containsKey("rules/star-ratings-2003-04/1-key-targets.drl");
        assertThat(snapshot.load().version()).isEqualTo(summary.methodologyVersion());
    }

    @Test
    void anExplanationSerialisedOnceIsStoredAsItsLineWithTheHeaderOnceAndReadBackRenderedInOneGoInInputOrder() throws Exception {
        Run run = ratedSample();
        ExplanationHeader header = ExplanationHeader.of(run.methodology(), RuleSentence.of(Projects.rules(STAR_RATINGS)));
        var serialiser = ExplanationsJsonl.serialiser(header, false);
        List<ExplainedRating> explained = run.ratings().stream().map(serialiser).toList();
        RunSummary summary;
        try (Recording recording = archives.runs().begin(start(run, "cli"))) {
            explained.forEach(recording::add);
            summary = recording.commit();
        }

        List<String> all = archives.runs().explanations(summary.id());

        StepText text = new StepText(run.methodology().labels());
        assertThat(all).hasSize(10).containsExactlyElementsOf(run.ratings().stream().map(r -> ExplanationsJson.toJson(r, text)).toList());
        for (int i = 0; i < 10; i++) {
            assertThat(archives.runs().explanation(summary.id(), i)).contains(all.get(i));
        }
        assertThat(count("run_explanation_header")).isEqualTo(1);
        assertThatThrownBy(() -> archives.runs().explanations(summary.id() + 1)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("no run " + (summary.id() + 1));
    }

    @Test
    void aRunArchivedBeforeTheHeaderFormatIsReadAsItWasStored() throws Exception {
        Run run = ratedSample();
        RunSummary summary = record(run, "cli");
        // as runs were archived before December 2026: each rating's whole object, no header
        sql("DELETE FROM run_explanation_header WHERE run_id = ?", summary.id());
        StepText text = new StepText(run.methodology().labels());
        List<String> old = run.ratings().stream().map(r -> ExplanationsJson.toJson(r, text)).toList();
        for (int i = 0; i < 10; i++) {
            sql("UPDATE rating SET explanation = ? WHERE run_id = ? AND rating_index = ?", Gzip.text(old.get(i)), summary.id(), i);
        }

        assertThat(archives.runs().explanation(summary.id(), 3)).contains(old.get(3));
        assertThat(archives.runs().explanations(summary.id())).containsExactlyElementsOf(old);
    }

    @Test
    void theTrustAttributesOfEachInputRowAreKeptWithItsRating() {
        Path input = Projects.HOME.resolve("data/synthetic/annual-health-check-2005-06.csv");
        Run run = Projects.rate("annual-health-check-2005-06", input);
        RunSummary summary = record(run, "cli");

        List<StoredRating> stored = archives.runs().ratings(summary.id());
        assertThat(stored).hasSameSizeAs(run.ratings());
        for (int i = 0; i < stored.size(); i++) {
            assertThat(stored.get(i).attributes()).isEqualTo(run.ratings().get(i).assessment().getAttributes());
        }
        assertThat(stored).extracting(r -> r.attributes().get("region")).contains("london", "east_of_england");
    }

    @Test
    void aRunIsInvisibleUntilCommittedAndLeavesNoTraceWhenClosedWithout() throws SQLException {
        Run run = ratedSample();
        try (Recording recording = archives.runs().begin(start(run, "cli"))) {
            run.ratings().forEach(recording::add);
            assertThat(archives.runs().runs()).isEmpty();
            assertThat(count("run")).isZero();
        }
        assertThat(archives.runs().runs()).isEmpty();
        assertThat(List.of(count("run"), count("rating"), count("run_input"), count("methodology_snapshot"))).containsOnly(0);

        RunSummary committed = record(run, "cli");
        assertThat(archives.runs().runs()).containsExactly(committed);
        assertThat(count("rating")).isEqualTo(run.ratings().size());
    }

    @Test
    void runsAreListedNewestFirst() {
        Run run = ratedSample();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(record(run, "cli").id());
        }

        assertThat(archives.runs().runs()).extracting(RunSummary::id).containsExactly(ids.get(2), ids.get(1), ids.get(0));
    }

    @Test
    void aSnapshotIsKeptOncePerVersion() throws SQLException {
        Run run = ratedSample();
        record(run, "cli");
        record(run, "web");

        assertThat(count("methodology_snapshot")).isEqualTo(1);
        assertThat(archives.runs().runs()).extracting(RunSummary::methodologyVersion).containsOnly(run.methodology().version());
    }

    @Test
    void anUntouchedRunReplaysIdentically() {
        RunSummary summary = record(Projects.rate(STAR_RATINGS, Projects.PUBLISHED_2003_04), "cli");

        ReplayResult result = replay(summary.id());

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(result.ratings()).isEqualTo(275);
    }

    @Test
    void replayFindsARatingChangedInTheArchive() throws SQLException {
        RunSummary summary = record(Projects.rate(STAR_RATINGS, Projects.PUBLISHED_2003_04), "cli");
        StoredRating third = archives.runs().ratings(summary.id()).get(3);
        String other = "0".equals(third.rating()) ? "3" : "0";
        sql("UPDATE rating SET rating = ? WHERE run_id = ? AND rating_index = 3", other, summary.id());

        ReplayResult result = replay(summary.id());

        assertThat(result.identical()).isFalse();
        assertThat(result.differences()).isEqualTo(1);
        assertThat(result.first()).containsExactly("rating 3 (" + third.organisation() + ", " + third.sector() + "): rating archived "
                + other + ", replayed " + third.rating());
    }

    @Test
    void replayUsesTheSnapshotNotTheFilesAsTheyAreNow() throws IOException {
        Path home = MethodologyCopy.starRatings("star-ratings-copy").writeTo(temp.resolve("home"));
        RatingService service = new RatingService(new Methodologies(home));
        RunSummary summary = record(Projects.rate(service, "star-ratings-copy", Projects.PUBLISHED_2003_04), "cli");
        Path yaml = home.resolve("methodology-configs/star-ratings-copy.yaml");
        Path rules = home.resolve("rules/star-ratings-copy");
        Files.writeString(yaml, Files.readString(yaml).replace("title: ", "title: Edited "));
        try (var files = Files.list(rules)) {
            files.forEach(RunArchiveContract::delete);
        }

        assertThat(replay(summary.id()).identical()).isTrue();
    }

    @Test
    void replayFindsASnapshotThatNoLongerGivesTheRunsRatings() throws SQLException {
        Run run = Projects.rate(STAR_RATINGS, Projects.PUBLISHED_2003_04);
        RunSummary summary = record(run, "cli");
        Map<String, String> sources = new java.util.TreeMap<>(run.methodology().sources());
        String file = "methodology-configs/star-ratings-2003-04.yaml";
        sources.put(file, sources.get(file).replace("title: ", "title: Tampered "));
        sql("UPDATE methodology_snapshot SET sources = ? WHERE version = ?", Gzip.text(Json.text(sources)), summary.methodologyVersion());

        ReplayResult result = replay(summary.id());

        assertThat(result.first()).first().asString().startsWith("methodology: the snapshot loads as version ")
                .endsWith(", the run used " + summary.methodologyVersion());
    }

    @Test
    void aWhatIfRunReplaysWithItsChanges() {
        Run whatIf = Projects.rate(STAR_RATINGS, Projects.PUBLISHED_2003_04, STRICTER);
        Run plain = Projects.rate(STAR_RATINGS, Projects.PUBLISHED_2003_04);
        assertThat(whatIf.ratings()).extracting(Rating::value).isNotEqualTo(plain.ratings().stream().map(Rating::value).toList());
        RunSummary summary = record(whatIf, "cli");

        assertThat(archives.runs().methodology(summary.id()).changes()).isEqualTo(STRICTER);
        assertThat(summary.methodologyVersion()).isNotEqualTo(plain.methodology().version());
        ReplayResult result = replay(summary.id());
        assertThat(result.identical()).as(result.toString()).isTrue();
    }

    @Test
    void theAuditLogListsTheNewestEntriesFirst() {
        archives.audit().record("ann", "rate", STAR_RATINGS, "ok");
        archives.audit().record("bob", "reload", null, "refused");
        archives.audit().record("cat", "compare", "run 7", "failed: no such run");

        assertThat(archives.audit().newest(2)).extracting(AuditEntry::user, AuditEntry::action, AuditEntry::target, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cat", "compare", "run 7", "failed: no such run"),
                        org.assertj.core.groups.Tuple.tuple("bob", "reload", null, "refused"));
        assertThat(archives.audit().newest(10)).hasSize(3).allSatisfy(entry -> assertThat(entry.at()).isNotNull());
    }

    @Test
    void theAuditLogIsSearchedInTheDatabaseAsItsQueryMatchesEntries() {
        archives.audit().record("ann", "rate", STAR_RATINGS, "ok");
        archives.audit().record("bob", "reload", null, "refused");
        archives.audit().record("Anna", "compare", "run 7", "failed: 100% of no such run");
        archives.audit().record("ann", "rate", "oversight_framework", "ok");
        AuditLog inMemory = new AuditLog() {
            @Override
            public void record(String user, String action, String target, String outcome) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<AuditEntry> newest(int limit) {
                return archives.audit().newest(limit);
            }
        };
        java.time.Instant now = java.time.Instant.now();
        List<AuditQuery> queries = List.of(new AuditQuery(null, null, null, null, null, 0, 10),
                new AuditQuery("AN", null, null, null, null, 0, 10), new AuditQuery(null, "rate", null, null, null, 0, 10),
                new AuditQuery(null, null, "RUN 7", null, null, 0, 10), new AuditQuery(null, null, "100%", null, null, 0, 10),
                new AuditQuery(null, null, "0%", null, null, 0, 10), new AuditQuery(null, null, "_", null, null, 0, 10),
                new AuditQuery("ann", "rate", null, now.minusSeconds(3600), now.plusSeconds(3600), 1, 1),
                new AuditQuery(null, null, null, now.plusSeconds(3600), null, 0, 10));

        for (AuditQuery query : queries) {
            assertThat(archives.audit().search(query)).as(query.toString()).isEqualTo(inMemory.search(query));
        }
        AuditPage annsRatings = archives.audit().search(new AuditQuery("an", "rate", null, null, null, 0, 1));
        assertThat(annsRatings.total()).isEqualTo(2);
        assertThat(annsRatings.entries()).extracting(AuditEntry::target).containsExactly("oversight_framework");
        assertThat(archives.audit().search(new AuditQuery(null, null, "o_e", null, null, 0, 10)).total()).as("_ is not a wildcard").isZero();
        assertThat(archives.audit().search(new AuditQuery(null, null, "100%", null, null, 0, 10)).total()).isEqualTo(1);
        assertThat(archives.audit().actions()).containsExactly("compare", "rate", "reload");
    }

    @Test
    void aTrustIsFoundByAnyPartOfItsNameAndReadInEveryRun() {
        Run run = ratedSample();
        RunSummary first = record(run, "cli");
        RunSummary second = record(run, "web");
        String aintree = run.ratings().get(0).assessment().getOrganisation();

        assertThat(archives.runs().organisations("aINTREE", 10)).containsExactly(aintree);
        List<String> hospitals = run.ratings().stream().map(r -> r.assessment().getOrganisation())
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains("hospitals")).distinct().toList();
        assertThat(hospitals).hasSizeGreaterThan(1);
        assertThat(archives.runs().organisations("Hospitals", 100)).containsExactlyInAnyOrderElementsOf(hospitals);
        assertThat(archives.runs().organisations("Hospitals", 1)).hasSize(1);
        assertThat(archives.runs().organisations("%", 10)).as("% is not a wildcard").isEmpty();

        List<ArchivedRating> history = archives.runs().ratingsOf(aintree);
        assertThat(history).extracting(r -> r.run().id()).containsExactly(first.id(), second.id());
        assertThat(history).extracting(r -> r.rating()).containsOnly(archives.runs().ratings(first.id()).get(0));
        assertThat(history.get(1).run()).isEqualTo(second);
        assertThat(archives.runs().ratingsOf(aintree.toUpperCase(java.util.Locale.ROOT))).as("the name exactly").isEmpty();
        assertThat(archives.runs().ratingValues(first.id())).containsExactlyInAnyOrderElementsOf(
                run.ratings().stream().map(org.assessor.distribution.RatingOrder::text).distinct().toList());
    }

    @Test
    void openingAgainMigratesNothingAndKeepsTheRuns() throws SQLException {
        RunSummary summary = record(ratedSample(), "cli");

        Archives again = Archives.open(location);

        assertThat(again.runs().runs()).containsExactly(summary);
        assertThat(count("\"flyway_schema_history\" WHERE \"script\" = 'V1__run_archive.sql'")).isEqualTo(1);
    }

    @Test
    void runsCompareWhenTheyRateATrustInTheSameSectorAndPeriod() {
        Run published = ratedSample();
        RunSummary first = record(published, "cli");
        RunSummary again = record(published, "web");
        RunSummary others = record(Projects.rate("annual-health-check-2005-06",
                Projects.HOME.resolve("data/synthetic/annual-health-check-2005-06.csv")), "cli");

        assertThat(archives.runs().runsComparableWith(first.id())).containsExactly(again.id());
        assertThat(archives.runs().runsComparableWith(others.id())).isEmpty();
        assertThat(archives.runs().comparableRuns()).containsExactlyInAnyOrder(first.id(), again.id());
    }

    @Test
    void anUnknownRunIsAProblemThatNamesIt() {
        assertThat(archives.runs().run(999)).isEmpty();
        assertThatThrownBy(() -> archives.runs().ratings(999)).isInstanceOf(ProblemException.class).hasMessageEndingWith("no run 999 in the archive");
        assertThatThrownBy(() -> archives.runs().rating(999, 0)).isInstanceOf(ProblemException.class).hasMessageEndingWith("no run 999 in the archive");
        assertThatThrownBy(() -> archives.runs().ratings(999, "x")).isInstanceOf(ProblemException.class).hasMessageEndingWith("no run 999 in the archive");
        assertThatThrownBy(() -> replay(999)).isInstanceOf(ProblemException.class).hasMessageEndingWith("no run 999 in the archive");
    }

    /** The first ten ratings: enough where only the bookkeeping is tested. */
    static Run ratedSample() {
        Run run = Projects.rate(STAR_RATINGS, Projects.PUBLISHED_2003_04);
        return new Run(run.info(), run.methodology(), run.ratings().subList(0, 10));
    }

    RunStart start(Run run, String origin) {
        return new RunStart(run.methodology(), Projects.PUBLISHED_2003_04, "data/star-ratings-2003-04-published.csv", null,
                "auditor", origin);
    }

    RunSummary record(Run run, String origin) {
        try (Recording recording = archives.runs().begin(start(run, origin))) {
            run.ratings().forEach(recording::add);
            return recording.commit();
        }
    }

    ReplayResult replay(long id) {
        return new Replay(archives.runs(), Projects.SERVICE, 5).replay(id);
    }

    static JsonNode explanationsJson(Run run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExplanationsJson.write(run.info(), run.methodology(), run.ratings(), out);
        return JSON.readTree(out.toByteArray());
    }

    int count(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(location.url(), location.connectionProperties());
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    void sql(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(location.url(), location.connectionProperties());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
