package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.web.RunsApiTest.assertProblem;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may call what: nothing without signing in; an auditor reads and compares; an analyst also rates; the
 * methodology team also validates and reloads; CSRF for signed-in browsers. And the methodology endpoints.
 */
class RolesAndMethodologiesApiTest extends WebServer {
    private static final String VERSION = "Assessor-Methodology-Version";
    private static final List<String> READS = List.of("/api/methodologies", "/api/methodologies/" + STARS,
            "/api/methodologies/" + STARS + "/parameters", "/api/methodologies/" + STARS + "/rules", "/api/runs",
            "/api/audit", "/v3/api-docs");

    @BeforeEach
    void runs() throws Exception {
        ensureRuns();
    }

    @Test
    void anAnonymousClientGetsNothingButAProblemSayingToSignIn() throws Exception {
        Client anonymous = Client.anonymous(port);
        for (String path : concat(READS, "/api/runs/" + starsRun, "/api/runs/" + starsRun + "/ratings")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(Client.json(response).path("title").asString()).isEqualTo("Sign-in required");
        }
        assertThat(anonymous.postCsv("/api/methodologies/" + STARS + "/ratings", published(1)).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongCredentialsAreRefused() throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/runs"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("auditor:wrong".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void everyRoleReadsEverything() throws Exception {
        for (String user : List.of(AUDITOR, ANALYST, METHODOLOGY)) {
            Client client = Client.basic(port, user);
            for (String path : READS) {
                assertThat(client.get(path).statusCode()).as(user + " " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void anAuditorComparesButMayNotRateValidateOrReload() throws Exception {
        Client auditor = Client.basic(port, AUDITOR);

        assertThat(auditor.get("/api/runs/" + starsRun + "/comparisons/" + stars2004Run).statusCode())
                .as("comparing changes nothing: a read").isEqualTo(200);
        HttpResponse<String> rate = auditor.postCsv("/api/methodologies/" + STARS + "/ratings", published(1));
        assertThat(rate.statusCode()).isEqualTo(403);
        assertThat(Client.json(rate).path("detail").asString()).contains("auditor", "ratings");
        assertThat(auditor.post("/api/methodologies/" + STARS + "/validation").statusCode()).isEqualTo(403);
        assertThat(auditor.post("/api/methodologies/" + STARS + "/reload").statusCode()).isEqualTo(403);
    }

    @Test
    void anAnalystRatesAndComparesButMayNotValidateOrReload() throws Exception {
        Client analyst = Client.basic(port, ANALYST);

        assertThat(analyst.postCsv("/api/methodologies/" + STARS + "/ratings", published(2)).statusCode()).isEqualTo(200);
        assertThat(analyst.get("/api/runs/" + starsRun + "/comparisons/" + stars2004Run).statusCode()).isEqualTo(200);
        assertThat(analyst.post("/api/methodologies/" + STARS + "/validation").statusCode()).isEqualTo(403);
        assertThat(analyst.post("/api/methodologies/" + STARS + "/reload").statusCode()).isEqualTo(403);
    }

    @Test
    void theMethodologyTeamValidatesAndReloadsAndMayAlsoRate() throws Exception {
        Client methodology = Client.basic(port, METHODOLOGY);

        HttpResponse<String> validation = methodology.post("/api/methodologies/" + STARS + "/validation");
        assertThat(validation.statusCode()).isEqualTo(200);
        JsonNode result = Client.json(validation);
        assertThat(result.path("ok").asBoolean()).isTrue();
        assertThat(result.path("cases").size()).isPositive();
        assertThat(result.path("cases").get(0).path("passed").asBoolean()).isTrue();
        assertThat(validation.headers().firstValue(VERSION)).hasValue(result.path("version").asString());

        HttpResponse<String> reload = methodology.post("/api/methodologies/" + STARS + "/reload");
        assertThat(reload.statusCode()).isEqualTo(200);
        assertThat(Client.json(reload).path("status").asString()).isEqualTo("SERVING");
        assertThat(methodology.postCsv("/api/methodologies/" + STARS + "/ratings", published(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void validatingOrReloadingAnUnknownMethodologyIsNotFound() throws Exception {
        Client methodology = Client.basic(port, METHODOLOGY);

        assertThat(methodology.post("/api/methodologies/no-such/validation").statusCode()).isEqualTo(404);
        assertThat(Client.json(methodology.post("/api/methodologies/no-such/reload")).path("detail").asString()).contains("no-such", STARS);
    }

    @Test
    void aSignedInBrowserMustSendTheCsrfToken() throws Exception {
        Client browser = Client.session(port, METHODOLOGY);

        HttpResponse<String> forged = browser.post("/api/methodologies/" + STARS + "/reload");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Client.json(forged).path("detail").asString()).contains("CSRF");
        assertThat(browser.postWithCsrf("/api/methodologies/" + STARS + "/reload").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/runs").statusCode()).isEqualTo(200);
    }

    @Test
    void parametersComeWithValueReferenceAndConfidenceUnderTheServingVersion() throws Exception {
        Client auditor = Client.basic(port, AUDITOR);
        HttpResponse<String> response = auditor.get("/api/methodologies/" + STARS + "/parameters");

        String serving = Client.json(auditor.get("/api/methodologies/" + STARS)).path("serving_version").asString();
        assertThat(response.headers().firstValue(VERSION)).hasValue(serving);
        JsonNode underachieved = null;
        for (JsonNode parameter : Client.json(response)) {
            underachieved = parameter.path("name").asString().equals("key_target_points.underachieved") ? parameter : underachieved;
        }
        assertThat(underachieved).isNotNull();
        assertThat(underachieved.path("value").asInt()).isEqualTo(1);
        assertThat(underachieved.path("reference").asString()).startsWith("docs/methodologies/star-ratings-2003-04.md#key-target-points; NHS performance ratings 2003/2004");
        assertThat(underachieved.path("confidence").asString()).isEqualTo("derived");
    }

    @Test
    void rulesAreServedAsTheirDrlText() throws Exception {
        JsonNode rules = Client.json(Client.basic(port, AUDITOR).get("/api/methodologies/" + STARS + "/rules"));

        assertThat(rules.size()).isPositive();
        assertThat(rules.get(0).path("file").asString()).endsWith(".drl");
        assertThat(rules.get(0).path("text").asString()).contains("rule \"");
    }

    @Test
    void aBadCsvIsAProblemNamingLineColumnAndValue() throws Exception {
        String csv = published(1).replace("Aintree Hospitals NHS Trust,acute,underachieved", "Aintree Hospitals NHS Trust,acute,sort of");

        HttpResponse<String> response = Client.basic(port, ANALYST).postCsv("/api/methodologies/" + STARS + "/ratings", csv);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = Client.json(response).path("problems").get(0);
        assertThat(problem.path("line").asInt()).isEqualTo(2);
        assertThat(problem.path("column").asInt()).isEqualTo(3);
        assertThat(problem.path("message").asString()).contains("sort of");
    }

    @Test
    void anUnknownPeriodIsABadRequest() throws Exception {
        String nof = "Quarter,Region,Trust_type,Trust_subtype,Trust_code,Trust_name,Domain,Sub-domain,Metric_ID,Metric_description,"
                + "Reporting_date,Units,Value,Median_value,Lower_quartile,Upper_quartile,Rank\n";
        HttpResponse<String> response = Client.basic(port, ANALYST).postCsv("/api/methodologies/" + NOF + "/ratings?period=Q9", nof);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndSwaggerUiIsServed() throws Exception {
        Client auditor = Client.basic(port, AUDITOR);
        JsonNode document = Client.json(auditor.get("/v3/api-docs"));
        JsonNode paths = document.path("paths");

        assertThat(document.path("info").path("title").asString()).isEqualTo("Assessor API");
        assertThat(document.path("info").path("version").asString()).isEqualTo(org.assessor.system.EngineVersion.get()).isNotEqualTo("v0");
        assertThat(document.path("info").path("description").asString()).contains("Rates NHS trusts", "auditor", "analyst", "methodology");

        assertThat(paths.has("/api/runs/{id}/comparisons/{other}")).isTrue();
        assertThat(paths.has("/api/methodologies/{id}/validation")).isTrue();
        assertThat(paths.has("/api/runs/{id}/tables/{name}")).isTrue();
        assertThat(paths.has("/api/jobs/{id}")).isTrue();
        assertThat(auditor.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(Client.anonymous(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(302);
    }

    private static List<String> concat(List<String> list, String... more) {
        List<String> all = new java.util.ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }
}
