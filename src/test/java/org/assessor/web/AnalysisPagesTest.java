package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log, trust history, what-if, trend and comparison pages over HTTP: who may open them (every signed-in
 * role, as each only reads; anonymous visitors are sent to sign in), the audit log's search, filters and paging,
 * and bad query parameters answered with a 400 or 404 page that says what was wrong, never a 500.
 */
class AnalysisPagesTest extends WebServer {

    @BeforeEach
    void runs() throws Exception {
        ensureRuns();
    }

    private List<String> pages() {
        return List.of("/audit", "/audit?user=analyst&action=rate", "/trusts", "/trusts?name=aintree", "/runs/" + starsRun + "/whatif",
                "/trend", "/trend?run=" + starsRun + "&run=" + stars2004Run, "/compare", "/compare?a=" + starsRun,
                "/compare?a=" + starsRun + "&b=" + stars2004Run);
    }

    @Test
    void everyRoleOpensEachPageAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        for (String user : List.of(AUDITOR, ANALYST, METHODOLOGY)) {
            Client client = Client.session(port, user);
            for (String path : pages()) {
                assertThat(client.page(path).statusCode()).as(user + " " + path).isEqualTo(200);
            }
        }
        Client anonymous = Client.anonymous(port);
        for (String path : pages()) {
            HttpResponse<String> page = anonymous.page(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(anonymous.get("/api/runs/" + starsRun + "/comparisons/" + stars2004Run).statusCode()).isEqualTo(401);
        assertThat(Client.basic(port, AUDITOR).get("/api/runs/" + starsRun + "/comparisons/" + stars2004Run).statusCode())
                .as("an auditor compares through the API too").isEqualTo(200);
    }

    @Test
    void theHeaderLinksToTheNewPages() throws Exception {
        String runs = Client.session(port, AUDITOR).page("/runs/" + starsRun).body();
        assertThat(runs).contains("href=\"/trusts\"", "href=\"/compare\"", "href=\"/trend\"", "href=\"/audit\"",
                "href=\"/compare?a=" + starsRun + "\"", "href=\"/runs/" + starsRun + "/whatif\"");
    }

    @Test
    void badParametersGetA400Or404PageThatSaysWhy() throws Exception {
        Client auditor = Client.session(port, AUDITOR);
        expect(auditor, "/audit?from=2026-13-01", 400, "from must be a date written year-month-day, such as 2026-12-04; got &#39;2026-13-01&#39;");
        expect(auditor, "/audit?to=yesterday", 400, "to must be a date");
        expect(auditor, "/audit?from=2026-12-05&to=2026-12-01", 400, "to (2026-12-01) is before from (2026-12-05)");
        expect(auditor, "/audit?page=0", 400, "page must be a whole number from 1");
        expect(auditor, "/audit?size=lots", 400, "size must be a whole number from 1 to 500; got &#39;lots&#39;");
        expect(auditor, "/trend?run=" + starsRun, 400, "a trend needs from 2 to 20 different runs; got 1");
        expect(auditor, "/trend?run=" + starsRun + "&run=" + starsRun, 400, "got 1");
        expect(auditor, "/trend?run=x&run=" + starsRun, 400, "run must be a run&#39;s number; got &#39;x&#39;");
        expect(auditor, "/trend?run=" + starsRun + "&run=987654321", 404, "no run 987654321 in the archive");
        expect(auditor, "/trend?run=" + starsRun + "&run=" + nofRun, 400, "run " + nofRun + " (" + NOF + ") rates on another scale than run "
                + starsRun + " (" + STARS + ")");
        expect(auditor, "/compare?a=one", 400, "a must be a run&#39;s number; got &#39;one&#39;");
        expect(auditor, "/compare?a=" + starsRun + "&b=" + nofRun, 400, "runs " + starsRun + " and " + nofRun
                + " rate no organisation in the same sector");
        expect(auditor, "/compare?a=987654321", 404, "no run 987654321 in the archive");
        expect(auditor, "/runs/987654321/whatif", 404, "no run 987654321 in the archive");
        assertThat(auditor.page("/runs/abc/whatif").statusCode()).isEqualTo(400);
        expect(auditor, "/trusts?organisation=No%20Such%20Trust", 404, "no archived run rated an organisation named &#39;No Such Trust&#39;");
        expect(auditor, "/trusts?name=" + "x".repeat(201), 400, "name must be at most 200 characters; got 201");
    }

    @Test
    void theWhatIfOfARunOfALongFileWithPeriodsIsAPageToo() throws Exception {
        HttpResponse<String> page = Client.session(port, AUDITOR).page("/runs/" + nofRun + "/whatif");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("Fragile: \\d+ of \\d+ \\(");
    }

    @Test
    void theComparisonPickerOffersOnlyRunsThatShareTrusts() throws Exception {
        Client auditor = Client.session(port, AUDITOR);
        String picker = auditor.page("/compare?a=" + starsRun).body();
        assertThat(picker).contains("<option value=\"" + stars2004Run + "\"").doesNotContain("<option value=\"" + nofRun + "\"");
        // other tests of this server may add Oversight Framework runs, which do share its trusts
        assertThat(auditor.page("/compare?a=" + nofRun).body()).doesNotContain("<option value=\"" + starsRun + "\"")
                .doesNotContain("<option value=\"" + stars2004Run + "\"");
    }

    @Test
    void theAuditLogIsSearchedFilteredAndPagedNewestFirst() throws Exception {
        String probe = "probe-" + System.nanoTime();
        Client auditor = Client.basic(port, AUDITOR);
        for (int i = 1; i <= 3; i++) {
            assertThat(auditor.post("/api/methodologies/" + probe + "-" + i + "/reload").statusCode()).isEqualTo(403);
        }
        Client reader = Client.session(port, AUDITOR);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        String first = reader.page("/audit?text=" + probe + "&size=2").body();
        assertThat(first).contains("Entries 1 to 2 of 3 (page 1 of 2)");
        assertThat(targets(first, probe)).containsExactly(probe + "-3", probe + "-2");
        String second = reader.page("/audit?text=" + probe + "&size=2&page=2").body();
        assertThat(second).contains("Entries 3 to 3 of 3 (page 2 of 2)");
        assertThat(targets(second, probe)).containsExactly(probe + "-1");

        assertThat(reader.page("/audit?text=" + probe.toUpperCase() + "&user=AUDIT&action=write&from=" + today + "&to=" + today).body())
                .as("text and user match any part, case-blind; the day range includes its last day").contains("Entries 1 to 3 of 3");
        assertThat(reader.page("/audit?text=" + probe + "&user=analyst").body()).contains("No entries match.");
        assertThat(reader.page("/audit?text=" + probe + "&action=login").body()).contains("No entries match.");
        assertThat(reader.page("/audit?text=" + probe + "&from=" + LocalDate.now(ZoneOffset.UTC).plusDays(1)).body())
                .contains("No entries match.");
        assertThat(reader.page("/audit?text=" + probe.replace("probe", "pro_e")).body())
                .as("_ is a character, not LIKE's wildcard").contains("No entries match.");
    }

    /** The probe targets in the audit table, top to bottom. */
    private static List<String> targets(String page, String probe) {
        Matcher target = Pattern.compile("/api/methodologies/(" + probe + "-\\d)/reload").matcher(page);
        List<String> found = new java.util.ArrayList<>();
        while (target.find()) {
            found.add(target.group(1));
        }
        return found;
    }

    private static void expect(Client client, String path, int status, String message) throws Exception {
        HttpResponse<String> page = client.page(path);
        assertThat(page.statusCode()).as(path).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).as(path).contains(message);
    }
}
