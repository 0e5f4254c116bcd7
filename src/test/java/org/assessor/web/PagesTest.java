package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The pages as a signed-in browser gets them: an analyst starts a rating that runs in the background and shows its progress. */
class PagesTest extends WebServer {

    @BeforeEach
    void runs() throws Exception {
        ensureRuns();
    }

    @Test
    void aParametersReferenceLinksToTheSectionOfTheSpecificationItCites() throws Exception {
        Client auditor = Client.session(port, AUDITOR);
        String link = "/docs/methodologies/star-ratings-2003-04.md#key-target-points";

        assertThat(auditor.get("/methodologies/" + STARS).body()).contains("href=\"" + link + "\"")
                .contains("NHS performance ratings 2003/2004 (Healthcare Commission, July 2004)");
        HttpResponse<String> specification = auditor.get(link.substring(0, link.indexOf('#')));
        assertThat(specification.statusCode()).isEqualTo(200);
        assertThat(specification.body()).contains("<h2 id=\"key-target-points\">Key-target points</h2>")
                .contains("ISBN 1-84-562002-X");
        assertThat(auditor.get("/docs/methodologies/no-such-methodology.md").statusCode()).isEqualTo(404);
        assertThat(auditor.get("/docs/methodologies/..%2Fweb.md").statusCode()).isIn(400, 404);
    }

    @Test
    void anAnalystsUploadRunsInTheBackgroundAndItsProgressEndsInTheArchivedRun() throws Exception {
        Client analyst = Client.session(port, ANALYST);
        String form = analyst.get("/runs").body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("the rating form carries a CSRF token").isTrue();

        HttpResponse<String> started = analyst.postMultipart("/runs", token.group(1), STARS, "upload.csv", published(40));

        assertThat(started.statusCode()).isEqualTo(302);
        String job = started.headers().firstValue("Location").orElseThrow().replaceFirst(".*/jobs/", "");
        assertThat(analyst.get("/jobs/" + job).body()).contains("<progress");
        JsonNode progress = finished(analyst, job, Duration.ofSeconds(60));
        assertThat(progress.path("state").asString()).isEqualTo("DONE");
        assertThat(progress.path("percent").asInt()).isEqualTo(100);
        assertThat(progress.path("total").asInt()).isEqualTo(40);
        JsonNode run = Client.json(analyst.get("/api/runs/" + progress.path("run").asLong()));
        assertThat(run.path("inputName").asString()).isEqualTo("upload.csv");
        assertThat(run.path("ranBy").asString()).isEqualTo(ANALYST);
    }

    @Test
    void anUploadThatCannotBeReadFailsWithItsProblemsOnTheProgress() throws Exception {
        Client analyst = Client.session(port, ANALYST);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(analyst.get("/runs").body());
        token.find();

        HttpResponse<String> started = analyst.postMultipart("/runs", token.group(1), STARS, "bad.csv", "organisation,sector\nX,nowhere\n");

        String job = started.headers().firstValue("Location").orElseThrow().replaceFirst(".*/jobs/", "");
        JsonNode progress = finished(analyst, job, Duration.ofSeconds(30));
        assertThat(progress.path("state").asString()).isEqualTo("FAILED");
        assertThat(progress.path("problems").get(0).path("line").asInt()).isEqualTo(2);
    }

    @Test
    void anAuditorMayNotStartARatingAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        Client auditor = Client.session(port, AUDITOR);
        String page = auditor.get("/runs").body();
        assertThat(page).doesNotContain("name=\"input\"");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue(); // the sign-out form's

        assertThat(auditor.postMultipart("/runs", token.group(1), STARS, "x.csv", published(1)).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/runs/" + starsRun)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theRunPageFiltersAndTheLeagueTablePageGroupsByQuarterAndTrustType() throws Exception {
        Client auditor = Client.session(port, AUDITOR);

        String run = auditor.get("/runs/" + starsRun + "?sector=ambulance&sort=-rating").body();
        assertThat(run).contains("ambulance").doesNotContain(">acute</td>");
        String table = auditor.get("/runs/" + nofRun + "/tables/league-table.csv").body();
        assertThat(table).contains("Q1 2025/26 · Mental health and community trust");
        String methodology = auditor.get("/methodologies/" + STARS).body();
        assertThat(methodology).contains("id=\"param-key_target_points.underachieved\"", "rule &quot;");
    }

    /** The job's progress once it is done or has failed, asked for every 100 ms for at most {@code wait}. */
    private static JsonNode finished(Client client, String job, Duration wait) {
        return await("job " + job + " done or failed").atMost(wait).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> Client.json(client.get("/api/jobs/" + job)),
                        progress -> Set.of("DONE", "FAILED").contains(progress.path("state").asString()));
    }
}
