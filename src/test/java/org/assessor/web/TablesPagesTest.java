package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ratings and league-table pages over HTTP: the name search, sorting, pages and the choice of quarter as
 * parameters (so they work without JavaScript), and bad parameters answered with 400 and a message that names
 * them, never a 500. The search runs over the whole published 2003/04 file (275 trusts).
 */
class TablesPagesTest extends WebServer {
    private static long wholeRun;
    private static int madeFor;
    private Client auditor;

    @BeforeEach
    void rateTheWholeFile() throws Exception {
        ensureRuns();
        TablesData.ensureQuarters(port);
        if (madeFor != port) {
            HttpResponse<String> rated = Client.basic(port, ANALYST).postCsv("/api/methodologies/" + STARS + "/ratings?name=published.csv",
                    Files.readString(Projects.PUBLISHED_2003_04));
            assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
            wholeRun = Client.json(rated).path("run").asLong();
            madeFor = port;
        }
        auditor = Client.session(port, AUDITOR);
    }

    @Test
    void valuesThatAreIdsReadAsWords() throws Exception {
        long moderateFails = TablesData.records(Projects.PUBLISHED_2003_04).stream()
                .filter(r -> r.get("expected_key_target_summary").equals("moderate_fail")).count();
        String page = auditor.page("/runs/" + wholeRun + "?column=key_target_summary&value=moderate_fail").body();
        assertThat(page).contains(moderateFails + " of 275 ratings").doesNotContain(">moderate_fail<");
        assertThat(page.split(">moderate fail<", -1)).hasSize((int) moderateFails + 1);
    }

    @Test
    void aPartOfTheNameInAnyCaseFindsExactlyThatTrustAmongThe275() throws Exception {
        String page = auditor.page("/runs/" + wholeRun + "?search=aintree").body();
        assertThat(rowNames(page)).containsExactly("Aintree Hospitals NHS Trust");
        assertThat(page).contains("1 of 275 ratings");
        assertThat(rowNames(auditor.page("/runs/" + wholeRun + "?search=" + encode("  AINTREE ")).body())).containsExactly("Aintree Hospitals NHS Trust");
        assertThat(Client.json(auditor.get("/api/runs/" + wholeRun + "/ratings?search=Aintree"))).singleElement()
                .satisfies(r -> assertThat(r.path("organisation").asString()).isEqualTo("Aintree Hospitals NHS Trust"));
        assertThat(auditor.get("/api/runs/" + wholeRun + "/ratings.csv?search=aintree").body().lines()).hasSize(2);
        long hospitals = TablesData.records(Projects.PUBLISHED_2003_04).stream()
                .filter(r -> r.get("organisation").toLowerCase(java.util.Locale.ROOT).contains("hospital")).count();
        assertThat(auditor.page("/runs/" + wholeRun + "?search=Hospital").body()).contains(hospitals + " of 275 ratings");
    }

    @Test
    void theTableComesInPagesOf100AndABadPageIsA400NamingIt() throws Exception {
        String first = auditor.page("/runs/" + wholeRun).body();
        assertThat(rowNames(first)).hasSize(100);
        assertThat(first).contains("275 of 275 ratings, 1 to 100 shown");
        assertThat(rowNames(auditor.page("/runs/" + wholeRun + "?page=3").body())).hasSize(75);

        HttpResponse<String> beyond = auditor.page("/runs/" + wholeRun + "?page=4");
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(beyond.body()).contains("page &#39;4&#39; is not a page of this table; it has 3 pages, from 1");
        HttpResponse<String> word = auditor.page("/runs/" + wholeRun + "?page=last");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.body()).contains("page &#39;last&#39; is not a page of this table");
    }

    @Test
    void sortingMarksTheColumnAndAnUnknownColumnIsA400NamingIt() throws Exception {
        String sorted = auditor.page("/runs/" + starsRun + "?sort=-rating").body();
        assertThat(sorted).containsOnlyOnce("aria-sort=").containsPattern("aria-sort=\"descending\"[^>]*>\\s*<a href=\"[^\"]*sort=rating\"><span>Star rating</span>"
                + "<span class=\"sort-indicator\" aria-hidden=\"true\">▼</span>");
        HttpResponse<String> unknown = auditor.page("/runs/" + starsRun + "?sort=colour");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("no column &#39;colour&#39; in this run");
    }

    @Test
    void theLeagueTableShowsTheQuarterAskedForAndRefusesBadParameters() throws Exception {
        String table = "/runs/" + TablesData.quartersRun + "/tables/league-table.csv";
        assertThat(auditor.page(table).body()).as("the latest quarter first").contains("Q2 2025/26 · Mental health and community trust");
        String first = auditor.page(table + "?Quarter=" + encode("Q1 2025/26")).body();
        assertThat(first).contains("Q1 2025/26 · Mental health and community trust");
        assertThat(rowNames(first)).hasSize(TablesData.trusts("Q1 2025/26"));
        String q2 = auditor.page(table + "?Quarter=" + encode("Q2 2025/26") + "&sort=-Rank").body();
        assertThat(rowNames(q2)).hasSize(TablesData.trusts("Q2 2025/26"));
        assertThat(q2).contains("Q2 2025/26 · Mental health and community trust").containsOnlyOnce("aria-sort=\"descending\"");
        assertThat(q2).containsPattern("class=\"visually-hidden\">up \\d+<").containsPattern("class=\"visually-hidden\">down \\d+<");
        assertThat(first).doesNotContainPattern("class=\"visually-hidden\">(up|down) ").contains("class=\"visually-hidden\">not known<");

        assertBadRequest(table + "?Quarter=Q9", "no quarter &#39;Q9&#39; in this table; it has Q1 2025/26, Q2 2025/26");
        assertBadRequest(table + "?sort=Colour", "the table shows no column &#39;Colour&#39; to sort by");
        assertBadRequest(table + "?Colour=red", "has no column &#39;Colour&#39;");
        HttpResponse<String> anonymous = Client.anonymous(port).page(table);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private void assertBadRequest(String path, String message) throws Exception {
        HttpResponse<String> response = auditor.page(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).contains(message);
    }

    /** The names heading the rows of the page's table. */
    private static java.util.List<String> rowNames(String page) {
        int table = Math.max(page.indexOf("<table id=\"ratings\""), page.indexOf("<table id=\"league\""));
        assertThat(table).as("the page has the ratings or league table").isPositive();
        Matcher row = Pattern.compile("<th scope=\"row\">\\s*(?:<a [^>]*>)?([^<]*)").matcher(page.substring(table));
        java.util.List<String> names = new java.util.ArrayList<>();
        while (row.find()) {
            names.add(row.group(1).strip().replace("&amp;", "&"));
        }
        return names;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
