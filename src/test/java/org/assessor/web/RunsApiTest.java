package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The runs API: reading runs, ratings, explanations and tables as an auditor; comparing as an analyst; bad requests as problem details. */
class RunsApiTest extends WebServer {
    private static final String VERSION = "Assessor-Methodology-Version";

    Client auditor;
    Client analyst;

    @BeforeEach
    void runs() throws Exception {
        ensureRuns();
        auditor = Client.basic(port, AUDITOR);
        analyst = Client.basic(port, ANALYST);
    }

    @Test
    void aRatingPostedByAnAnalystIsArchivedAsTheirWebRun() throws Exception {
        JsonNode run = Client.json(auditor.get("/api/runs/" + starsRun));

        assertThat(run.path("methodology").asString()).isEqualTo(STARS);
        assertThat(run.path("ranBy").asString()).isEqualTo(ANALYST);
        assertThat(run.path("origin").asString()).isEqualTo("web");
        assertThat(run.path("inputName").asString()).isEqualTo("sample-60.csv");
        assertThat(run.path("ratings").asInt()).isEqualTo(60);
        List<Long> listed = new ArrayList<>();
        Client.json(auditor.get("/api/runs")).forEach(r -> listed.add(r.path("id").asLong()));
        assertThat(listed).contains(starsRun, stars2004Run, nofRun);
    }

    @Test
    void aRunNamesItsMethodologyVersionInTheHeader() throws Exception {
        HttpResponse<String> response = auditor.get("/api/runs/" + starsRun + "/ratings");

        String version = Client.json(auditor.get("/api/runs/" + starsRun)).path("methodologyVersion").asString();
        assertThat(version).hasSize(64);
        assertThat(response.headers().firstValue(VERSION)).hasValue(version);
    }

    @Test
    void ratingsAreFilteredBySectorAndSortedByAColumn() throws Exception {
        JsonNode ratings = Client.json(auditor.get("/api/runs/" + starsRun + "/ratings?sector=acute&sort=-rating"));

        assertThat(ratings.size()).as("the acute trusts of the run's 60 published rows").isEqualTo(19);
        int previous = Integer.MAX_VALUE;
        for (JsonNode rating : ratings) {
            assertThat(rating.path("sector").asString()).isEqualTo("acute");
            assertThat(rating.path("rating").asInt()).isLessThanOrEqualTo(previous);
            previous = rating.path("rating").asInt();
        }
    }

    @Test
    void ratingsAreFilteredByATrustAttributeOfTheInput() throws Exception {
        java.nio.file.Path input = org.assessor.Projects.HOME.resolve("data/synthetic/annual-health-check-2005-06.csv");
        long londonRows = java.nio.file.Files.readAllLines(input).stream().filter(line -> line.split(",")[2].equals("london")).count();
        HttpResponse<String> posted = analyst.postCsv("/api/methodologies/annual-health-check-2005-06/ratings?name=ahc.csv",
                java.nio.file.Files.readString(input));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        long run = Client.json(posted).path("run").asLong();

        JsonNode london = Client.json(auditor.get("/api/runs/" + run + "/ratings?column=region&value=london&sort=organisation"));

        assertThat(londonRows).isPositive();
        assertThat(london.size()).isEqualTo(londonRows);
        london.forEach(rating -> assertThat(rating.path("attributes").path("region").asString()).isEqualTo("london"));
    }

    @Test
    void anAuditorReplaysARunFromItsArchivedFilesAndFindsItIdentical() throws Exception {
        HttpResponse<String> response = auditor.get("/api/runs/" + starsRun + "/replay");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = Client.json(response);
        assertThat(result.path("ratings").asInt()).isEqualTo(60);
        assertThat(result.path("differences").asInt()).isZero();
        assertThat(result.path("identical").asBoolean()).isTrue();
        assertProblem(auditor.get("/api/runs/987654321/replay"), 404, "run", "987654321");
    }

    @Test
    void aPostedCsvWithAProblemInItsLastRowLeavesNoRunBehind() throws Exception {
        int before = Client.json(auditor.get("/api/runs")).size();
        String csv = published(50) + "Last Trust,acute,sometimes" + ",".repeat(published(1).lines().findFirst().orElseThrow()
                .split(",").length - 3) + "\n";

        HttpResponse<String> response = analyst.postCsv("/api/methodologies/" + STARS + "/ratings", csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("posted CSV", "\"line\":52", "sometimes");
        assertThat(Client.json(auditor.get("/api/runs")).size()).isEqualTo(before);
    }

    @Test
    void anUnknownSortColumnIsABadRequestNamingTheParameterAndValue() throws Exception {
        HttpResponse<String> response = auditor.get("/api/runs/" + starsRun + "/ratings?sort=colour");

        assertProblem(response, 400, "sort", "colour");
        assertThat(Client.json(response).path("detail").asString()).contains("key_target_summary");
    }

    @Test
    void theRatingsDownloadAsCsvWithTheFilterApplied() throws Exception {
        HttpResponse<String> response = auditor.get("/api/runs/" + starsRun + "/ratings.csv?sector=acute");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("run-" + starsRun));
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).startsWith("organisation,sector,rating,").contains("key_target_points", "key_target_summary");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(line -> assertThat(line).contains(",acute,"));
    }

    @Test
    void aFormulaPlantedInAnUploadedFileIsNeutralisedInTheDownload() throws Exception {
        String planted = "@SUM(1+1)*cmd|' /C calc'!A0";
        HttpResponse<String> posted = analyst.postCsv("/api/methodologies/" + STARS + "/ratings?name=planted.csv",
                published(1).replace("Aintree Hospitals NHS Trust", planted));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        long run = Client.json(posted).path("run").asLong();

        List<String> lines = auditor.get("/api/runs/" + run + "/ratings.csv").body().lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("'" + planted + ",acute,3,");
        assertThat(Client.json(auditor.get("/api/runs/" + run + "/ratings")).get(0).path("organisation").asString())
                .as("only the download is changed, not what was archived").isEqualTo(planted);
    }

    @Test
    void aTrustsExplanationIsItsStepsWithEachParameterSourced() throws Exception {
        JsonNode explanation = Client.json(auditor.get("/api/runs/" + starsRun + "/explanation?organisation="
                + java.net.URLEncoder.encode("Aintree Hospitals NHS Trust", "UTF-8")));

        assertThat(explanation.path("rating").asInt()).isEqualTo(3);
        JsonNode keyTargets = null;
        for (JsonNode step : explanation.path("steps")) {
            keyTargets = step.path("text").asString().startsWith("The key targets add up") ? step : keyTargets;
        }
        assertThat(keyTargets).as("a step summing the key targets").isNotNull();
        assertThat(keyTargets.path("inputs").size()).as("every key target of an acute trust").isEqualTo(9);
        assertThat(keyTargets.path("inputs").path("emergency_admission_12_hour_waits").asString()).isEqualTo("underachieved");
        assertThat(keyTargets.path("parameters").findValuesAsString("name")).containsExactly(
                "key_target_summary.acute.pass", "key_target_points.achieved", "key_target_points.underachieved");
        JsonNode parameter = keyTargets.path("parameters").get(0);
        assertThat(parameter.path("reference").asString()).isNotBlank();
        assertThat(parameter.path("confidence").asString()).isIn("published", "derived", "assumed");
        assertThat(auditor.get("/api/runs/" + starsRun + "/ratings/0").body()).isEqualTo(explanationOfFirst());
    }

    @Test
    void anUnknownOrganisationIndexOrRunIsNotFoundNamingIt() throws Exception {
        assertProblem(auditor.get("/api/runs/" + starsRun + "/explanation?organisation=Nowhere"), 404, "organisation", "Nowhere");
        assertProblem(auditor.get("/api/runs/" + starsRun + "/ratings/60"), 404, "index", "60");
        assertProblem(auditor.get("/api/runs/99999"), 404, "run", "99999");
        HttpResponse<String> notANumber = auditor.get("/api/runs/latest");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(Client.json(notANumber).path("detail").asString()).contains("id");
    }

    @Test
    void twoRunsOfTheSameTrustsCompareAsATransitionMatrixAndTheChangedTrusts() throws Exception {
        HttpResponse<String> response = analyst.get("/api/runs/" + starsRun + "/comparisons/" + stars2004Run);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode comparison = Client.json(response);
        assertThat(comparison.path("paired").asInt()).isEqualTo(60);
        JsonNode all = comparison.path("transitions").path("all");
        int total = 0;
        int offDiagonal = 0;
        for (int i = 0; i < all.path("ratings").size(); i++) {
            for (int j = 0; j < all.path("ratings").size(); j++) {
                int count = all.path("counts").get(i).get(j).asInt();
                total += count;
                offDiagonal += i == j ? 0 : count;
            }
        }
        assertThat(total).isEqualTo(60);
        assertThat(offDiagonal).isEqualTo(comparison.path("changed").size()).isEqualTo(all.path("changed").asInt());
    }

    @Test
    void runsOfDifferentTrustsCannotBeCompared() throws Exception {
        assertProblem(analyst.get("/api/runs/" + starsRun + "/comparisons/" + nofRun), 400, "against", String.valueOf(nofRun));
    }

    @Test
    void theOversightFrameworkLeagueTableIsServedPerQuarterAndTrustType() throws Exception {
        JsonNode tables = Client.json(auditor.get("/api/runs/" + nofRun + "/tables"));
        assertThat(tables.has("league-table.csv")).isTrue();

        JsonNode table = Client.json(auditor.get("/api/runs/" + nofRun + "/tables/league-table.csv?Trust_type="
                + java.net.URLEncoder.encode("Mental health and community trust", "UTF-8")));

        assertThat(table.path("groups").toString()).contains("Quarter", "Trust_type");
        int name = indexOf(table.path("columns"), "Trust_name");
        int rank = indexOf(table.path("columns"), "Rank");
        assertThat(table.path("rows").size()).as("the 61 mental health and community trusts of Q1").isEqualTo(61);
        assertThat(table.path("rows").get(0).get(name).asString()).isNotBlank();
        assertThat(table.path("rows").get(0).get(rank).asString()).isEqualTo("1");
    }

    /** The trust board's what-if is a result of each rating: 39 of the 61 Q1 trusts can move up by their metrics. */
    @Test
    void theOversightFrameworkWhatIfIsInTheRatingsOfTheTrustsThatCanMoveUp() throws Exception {
        JsonNode ratings = Client.json(auditor.get("/api/runs/" + nofRun + "/ratings"));
        int withWhatIf = 0;
        for (JsonNode rating : ratings) {
            String whatIf = rating.path("results").path("next_segment_improvements").asString("");
            if (!whatIf.isEmpty()) {
                assertThat(whatIf).matches("OF1\\d{3} \\d\\.\\d+ to \\d\\.\\d+(; OF1\\d{3} \\d\\.\\d+ to \\d\\.\\d+)*");
                withWhatIf++;
            }
        }
        assertThat(ratings.size()).isEqualTo(61);
        assertThat(withWhatIf).isEqualTo(39);
    }

    @Test
    void aTableFilterOnAnUnknownColumnAndAMethodologyWithoutTablesAreProblems() throws Exception {
        assertProblem(auditor.get("/api/runs/" + nofRun + "/tables/league-table.csv?Colour=red"), 400, "Colour", "red");
        assertThat(Client.json(auditor.get("/api/runs/" + starsRun + "/tables")).isEmpty()).isTrue();
        assertProblem(auditor.get("/api/runs/" + starsRun + "/tables/league-table.csv"), 404, "table", "league-table.csv");
    }

    @Test
    void anUnknownJobIsNotFound() throws Exception {
        assertProblem(auditor.get("/api/jobs/424242"), 404, "job", "424242");
    }

    @Test
    void theAuditLogShowsWhoRatedAndWhatWasRefused() throws Exception {
        auditor.postCsv("/api/methodologies/" + STARS + "/ratings", published(1));

        JsonNode entries = Client.json(auditor.get("/api/audit?limit=500"));

        List<String> lines = new ArrayList<>();
        entries.forEach(e -> lines.add(e.path("user").asString() + " " + e.path("action").asString() + " "
                + e.path("target").asString() + " " + e.path("outcome").asString()));
        assertThat(lines).anyMatch(l -> l.startsWith("analyst rate " + STARS + " ok: run " + starsRun));
        assertThat(lines).anyMatch(l -> l.startsWith("auditor write POST /api/methodologies/" + STARS + "/ratings refused"));
        assertProblem(auditor.get("/api/audit?limit=0"), 400, "limit", "0");
    }

    private String explanationOfFirst() throws Exception {
        JsonNode first = Client.json(auditor.get("/api/runs/" + starsRun + "/ratings")).get(0);
        return auditor.get("/api/runs/" + starsRun + "/explanation?organisation="
                + java.net.URLEncoder.encode(first.path("organisation").asString(), "UTF-8") + "&sector=" + first.path("sector").asString()).body();
    }

    private static int indexOf(JsonNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asString().equals(value)) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    static void assertProblem(HttpResponse<String> response, int status, String field, String value) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Client.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("field").asString()).isEqualTo(field);
        assertThat(problem.path("value").asString()).isEqualTo(value);
    }
}
