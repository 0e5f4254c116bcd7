package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trust's explanation downloaded as CSV and as a self-contained HTML file, over HTTP from the real server:
 * content types, file names and the exact rows of Aintree's 2003/04 star rating; an unknown run or rating is a
 * 404 error page; anonymous visitors are sent to sign in.
 */
class ExplanationExportTest extends WebServer {

    @BeforeEach
    void runs() throws Exception {
        ensureRuns();
    }

    @Test
    void aintreesExplanationAsCsvHasItsInputsResultsPublishedValuesAndStepsInRows() throws Exception {
        HttpResponse<String> csv = Client.session(port, AUDITOR).get("/runs/" + starsRun + "/ratings/0/explanation.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"run-" + starsRun + "-rating-0-aintree-hospitals-nhs-trust.csv\"");
        String version = Client.json(Client.basic(port, AUDITOR).get("/api/runs/" + starsRun)).path("methodologyVersion").asString();
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.subList(0, 25)).containsExactly(
                "section,id,label,value,note",
                "trust,organisation,organisation,Aintree Hospitals NHS Trust,",
                "trust,sector,sector,acute,acute trusts",
                "trust,methodology,methodology,star-ratings-2003-04,version " + version,
                "trust,run,run," + starsRun + ",rating 0 of the run",
                "rating,rating,Star rating,3,3 stars",
                "input,emergency_admission_12_hour_waits,12-hour waits for emergency admission,underachieved,",
                "input,cancer_two_week_wait,two-week cancer waits,achieved,",
                "input,financial_management,financial management,achieved,",
                "input,hospital_cleanliness,hospital cleanliness,achieved,",
                "input,improving_working_lives,Improving Working Lives,achieved,",
                "input,outpatient_elective_booking,outpatient and elective booking,achieved,",
                "input,outpatient_waits,outpatient waits,achieved,",
                "input,elective_inpatient_waits,elective inpatient waits,achieved,",
                "input,ae_four_hours,four hours in A&E,achieved,",
                "input,clinical_focus,clinical focus,medium,",
                "input,patient_focus,patient focus,high,",
                "input,capacity_and_capability,capacity and capability,high,",
                "result,rating,star rating,3,3 stars",
                "result,key_target_points,key-target points,1,",
                "result,key_target_summary,key-target summary,pass,",
                "result,balanced_scorecard_score,balanced-scorecard score,8,",
                "published,rating,Star rating,3 stars,\"Published 3 stars, computed 3 stars: they agree.\"",
                "published,key_target_summary,key-target summary,pass,\"Published pass, computed pass: they agree.\"",
                "step,1,The key-target points fall in the sector's summary band,\"The key targets add up to 1 point, which is a pass "
                        + "for acute trusts (0–1 points)\",deciding");
        assertThat(rows.stream().filter(row -> row.startsWith("step,"))).containsExactly(
                "step,1,The key-target points fall in the sector's summary band,\"The key targets add up to 1 point, which is a pass "
                        + "for acute trusts (0–1 points)\",deciding",
                "step,2,The balanced-scorecard score is the sum of the focus areas,The focus areas add up to a balanced-scorecard score "
                        + "of 8,deciding",
                "step,3,A pass at the sector's three-star level gives the higher rating,\"A key-target pass with a balanced-scorecard score "
                        + "of 8 (at least 8, the three-star level for acute trusts) gives 3 stars\",deciding");
        // each step's parameters once: the band, then the points of the key targets' two statuses (by name), the two
        // focus-area levels' points, and the three-star level and its stars
        assertThat(rows.stream().filter(row -> row.startsWith("parameter,")).map(row -> row.split(",")[1])).containsExactly(
                "key_target_summary.acute.pass", "key_target_points.achieved", "key_target_points.underachieved",
                "focus_area_points.high", "focus_area_points.medium",
                "star_rating.pass.three_star_min_score.acute", "star_rating.pass.higher_stars");
        assertThat(rows.stream().filter(row -> row.startsWith("parameter,")))
                .contains("parameter,key_target_summary.acute.pass,Pass band for acute trusts.,0–1,\"derived; "
                        + "docs/methodologies/star-ratings-2003-04.md#key-target-summary; NHS performance ratings 2003/2004 (Healthcare "
                        + "Commission, July 2004), \"\"This publication\"\" (the four categories) and the acute trusts table, p. 12; derived: "
                        + "the bands reproduce every published summary\"");
        assertThat(rows).as("header, trust, rating, inputs, results, published, steps, parameters").hasSize(1 + 4 + 1 + 12 + 4 + 2 + 3 + 7);
    }

    @Test
    void aintreesExplanationAsOneHtmlFileReadsOfflineWithEveryStepUnfolded() throws Exception {
        HttpResponse<String> html = Client.session(port, AUDITOR).get("/runs/" + starsRun + "/ratings/0/explanation.html");

        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(html.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"run-" + starsRun + "-rating-0-aintree-hospitals-nhs-trust.html\"");
        String page = html.body();
        assertThat(page).contains("<style>/* Plain, high-contrast layout", "<strong id=\"rating\">3 stars</strong>",
                "Published 3 stars, computed 3 stars: they agree.", "<th scope=\"row\">four hours in A&amp;E</th>",
                "The key targets add up to 1 point", "key_target_points.underachieved");
        assertThat(page).as("nothing fetched from the server: no style sheet, script or link into the application")
                .doesNotContain("<link", "<script", "href=\"/");
        assertThat(page.split("<details", -1)).as("the 3 deciding steps' sources, and no detail").hasSize(4);
        assertThat(page.split("<details[^>]* open=\"open\"", -1)).as("all unfolded").hasSize(4);
    }

    @Test
    void anUnknownRunOrRatingIsANotFoundPage() throws Exception {
        Client auditor = Client.session(port, AUDITOR);

        assertNotFound(auditor.page("/runs/99999999/ratings/0"), "no run 99999999 in the archive");
        assertNotFound(auditor.page("/runs/" + starsRun + "/ratings/60"), "run " + starsRun + " has no rating 60 (it has 60, from 0)");
        assertNotFound(auditor.page("/runs/" + starsRun + "/ratings/-1"), "run " + starsRun + " has no rating -1 (it has 60, from 0)");
        assertNotFound(auditor.page("/runs/" + starsRun + "/ratings/first"), "run " + starsRun + " has no rating 'first': ratings are numbered from 0");
        assertNotFound(auditor.page("/runs/latest/ratings/0"), "no run 'latest' in the archive: runs are numbered");
        assertNotFound(auditor.page("/runs/" + starsRun + "/ratings/60/explanation.csv"), "run " + starsRun + " has no rating 60");
        assertNotFound(auditor.page("/runs/99999999/ratings/0/explanation.html"), "no run 99999999 in the archive");
        assertNotFound(auditor.page("/runs/" + starsRun + "/ratings/60/print"), "run " + starsRun + " has no rating 60");
    }

    @Test
    void anonymousVisitorsAreSentToSignInForTheExports() throws Exception {
        for (String export : List.of("explanation.csv", "explanation.html", "print")) {
            HttpResponse<String> response = Client.anonymous(port).page("/runs/" + starsRun + "/ratings/0/" + export);
            assertThat(response.statusCode()).as(export).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(export).endsWith("/login");
        }
    }

    private static void assertNotFound(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("<h1>404 Not Found</h1>", message.replace("'", "&#39;")).doesNotContain("Exception");
    }
}
