package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.assessor.AssessorApplication;
import org.assessor.serving.Api;
import org.assessor.serving.TestHome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The workbench through the REST API of a real server on a home of its own: only the methodology role may use it;
 * a draft is changed, found invalid at its line, fixed, submitted, refused approval by its author, approved by a
 * second methodology user and published; the server then rates with the new version; a rollback restores the old.
 */
@SpringBootTest(classes = AssessorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "assessor.reload.debounce=200ms"})
@DirtiesContext
class WorkbenchApiTest {
    private static final String ID = TestHome.ID;
    private static final String YAML = "methodology-configs/" + ID + ".yaml";
    private static final String FILE = "/file?path=" + URLEncoder.encode(YAML, StandardCharsets.UTF_8);

    @TempDir
    static Path folder;
    static String original;

    @LocalServerPort
    int port;

    @BeforeAll
    static void aHomeOfItsOwn() throws Exception {
        original = TestHome.copyInto(folder).version();
    }

    @DynamicPropertySource
    static void serveIt(DynamicPropertyRegistry properties) {
        properties.add("assessor.home", () -> folder.toString());
        properties.add("assessor.archive.url", () -> "jdbc:h2:file:" + folder.resolve("archive/assessor") + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void onlyTheMethodologyRoleUsesTheWorkbench() throws Exception {
        assertThat(Client.anonymous(port).get("/api/workbench/drafts").statusCode()).isEqualTo(401);
        for (String user : List.of("auditor", "analyst")) {
            Client client = Client.basic(port, user);
            assertThat(client.get("/api/workbench/drafts").statusCode()).as(user).isEqualTo(403);
            assertThat(client.postJson("/api/workbench/drafts", "{\"methodology\": \"" + ID + "\"}").statusCode()).as(user).isEqualTo(403);
            assertThat(client.get("/api/workbench/methodologies/" + ID + "/history").statusCode()).as(user).isEqualTo(403);
            assertThat(client.page("/workbench").statusCode()).as(user + " the workbench page").isEqualTo(403);
            assertThat(client.page("/workbench/drafts/1").statusCode()).as(user + " a draft's page").isEqualTo(403);
        }
        assertThat(Client.basic(port, "methodology").get("/api/workbench/drafts").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangeGoesFromDraftToServingWithFourEyesAndBack() throws Exception {
        Client author = Client.basic(port, "methodology");
        Client reviewer = Client.basic(port, "reviewer");
        Api api = new Api(port);
        api.awaitServing(ID, original);

        HttpResponse<String> started = author.postJson("/api/workbench/drafts", "{\"methodology\": \"" + ID + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String draft = "/api/workbench/drafts/" + Client.json(started).path("id").asString();
        String yaml = author.get(draft + FILE).body();

        // a typo is found at its line
        String typo = yaml.replaceFirst("significantly_underachieved: \\{value: 3,", "significantly_underachieved: {value: three,");
        assertThat(author.putText(draft + FILE, typo).statusCode()).isEqualTo(200);
        JsonNode invalid = Client.json(author.post(draft + "/check"));
        assertThat(invalid.path("ok").asBoolean()).isFalse();
        assertThat(invalid.toString()).doesNotContain("assessor-draft"); // places are the draft's, not a scratch folder's
        int line = lineOf(typo, "{value: three,");
        assertThat(invalid.path("problems").valueStream().map(p -> p.path("file").asString() + ":" + p.path("line").asInt()))
                .contains(YAML + ":" + line);

        // the threshold changed as meant: the cases still pass
        String changed = yaml.replaceFirst("data_not_returned: \\{value: 1,", "data_not_returned: {value: 3,");
        author.putText(draft + FILE, changed);
        JsonNode valid = Client.json(author.post(draft + "/check"));
        assertThat(valid.path("ok").asBoolean()).as(valid.toString()).isTrue();
        assertThat(Client.json(author.get(draft + "/diff")).path("changes").valueStream().map(c -> c.path("name").asString()))
                .containsExactly("key_target_points.data_not_returned");

        // its impact on an archived run of all 275 published rows: the two trusts with data not returned that lose a star
        long run = Client.json(Client.basic(port, "analyst").postCsv("/api/methodologies/" + ID + "/ratings?name=published.csv",
                java.nio.file.Files.readString(org.assessor.Projects.PUBLISHED_2003_04))).path("run").asLong();
        JsonNode impact = Client.json(author.post(draft + "/impact?run=" + run));
        assertThat(impact.path("rated").asInt()).as(impact.toString()).isEqualTo(275);
        assertThat(impact.path("trusts").valueStream().map(t -> t.path("organisation").asString() + " " + t.path("before").asString()
                + "->" + t.path("after").asString())).containsExactlyInAnyOrder("Mid Devon Primary Care Trust 2->1",
                "Haringey Teaching Primary Care Trust 1->0");
        assertThat(impact.path("trusts").get(0).path("differences").toString()).contains("key_target_points.data_not_returned");

        assertThat(author.postJson(draft + "/submission", "{\"reason\": \"heavier penalty\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> ownApproval = author.post(draft + "/approval");
        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(Client.json(ownApproval).path("detail").asString()).contains("author cannot approve");
        assertThat(reviewer.post(draft + "/approval").statusCode()).isEqualTo(200);
        HttpResponse<String> published = author.post(draft + "/publication");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        String version = Client.json(published).path("versionAfter").asString();

        // the server reloads the published files and rates with them
        api.awaitServing(ID, version);
        HttpResponse<String> rated = api.postCsv(ID, WebServer.published(4));
        assertThat(rated.headers().firstValue("Assessor-Methodology-Version")).hasValue(version);

        HttpResponse<String> rollback = reviewer.postJson("/api/workbench/methodologies/" + ID + "/rollback",
                "{\"version\": 1, \"reason\": \"penalty under review\"}");
        assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
        api.awaitServing(ID, original);
        assertThat(Client.json(author.get("/api/workbench/methodologies/" + ID + "/history")).valueStream()
                .map(p -> p.path("kind").asString())).containsExactly("ORIGINAL", "PUBLISHED", "ROLLBACK");
        assertThat(Client.json(author.get("/api/workbench/methodologies/" + ID + "/history/2")).path(YAML).asString())
                .contains("data_not_returned: {value: 3,");
        assertThat(author.page("/workbench/history/" + ID + "/2").body()).contains("heavier penalty", "data_not_returned: {value: 3,");
        assertThat(Client.json(author.get("/api/audit")).toString()).contains("publish", "rollback");
    }

    @Test
    void aRatedTrustIsPinnedAsACaseOfADraftAndPassesThere() throws Exception {
        Client author = Client.basic(port, "methodology");
        JsonNode started = Client.json(author.postJson("/api/workbench/drafts", "{\"methodology\": \"" + ID + "\"}"));
        String draft = started.path("id").asString();
        long run = Client.json(Client.basic(port, "analyst").postCsv("/api/methodologies/" + ID + "/ratings?name=four.csv",
                WebServer.published(4))).path("run").asLong();
        JsonNode rating = Client.json(author.get("/api/runs/" + run + "/ratings")).get(1);

        HttpResponse<String> pinned = author.post("/workbench/cases?draft=" + draft + "&run=" + run + "&index=1");

        assertThat(pinned.statusCode()).isEqualTo(302);
        String cases = author.get("/api/workbench/drafts/" + draft + "/file?path="
                + URLEncoder.encode("methodology-configs/" + ID + ".tests.yaml", StandardCharsets.UTF_8)).body();
        assertThat(cases).contains("  - name: \"Pinned from run " + run + ": " + rating.path("organisation").asString());
        JsonNode check = Client.json(author.post("/api/workbench/drafts/" + draft + "/check"));
        assertThat(check.path("cases").size()).isEqualTo(4);
        assertThat(check.path("ok").asBoolean()).as(check.toString()).isTrue();
    }

    @Test
    void aRefusalSaysWhyWithItsStatus() throws Exception {
        Client author = Client.basic(port, "methodology");
        String draft = "/api/workbench/drafts/" + Client.json(author.postJson("/api/workbench/drafts",
                "{\"methodology\": \"" + ID + "\"}")).path("id").asString();

        assertThat(author.get("/api/workbench/drafts/999").statusCode()).isEqualTo(404);
        assertThat(author.putText(draft + "/file?path=..%2F..%2Fetc%2Fpasswd", "x").statusCode()).isEqualTo(422);
        assertThat(Client.basic(port, "reviewer").putText(draft + FILE, "x").statusCode()).isEqualTo(403);
        assertThat(author.post(draft + "/publication").statusCode()).isEqualTo(409);
        assertThat(author.postJson("/api/workbench/drafts", "{\"methodology\": \"no-such\"}").statusCode()).isEqualTo(422);
    }

    private static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part + " not found");
    }
}
