package org.assessor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assessor.Projects;

import tools.jackson.databind.JsonNode;

/**
 * What the table tests expect, read from the bundled data files rather than written down: the published star
 * ratings of the sample the test server rates, and how many trusts each quarter of the Oversight Framework file
 * has. Also the run of that whole file (both quarters, so that Q2 has its movement), made once per server.
 */
final class TablesData {
    static final Path QUARTERS = Projects.HOME.resolve("data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv");
    static long quartersRun;
    private static int madeFor;

    private TablesData() {
    }

    static synchronized void ensureQuarters(int port) throws Exception {
        if (madeFor == port) {
            return;
        }
        var response = Client.basic(port, WebServer.ANALYST).postCsv("/api/methodologies/" + WebServer.NOF
                + "/ratings?name=nof-q1-q2.csv", Files.readString(QUARTERS));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("rating failed: " + response.statusCode() + " " + response.body());
        }
        quartersRun = Client.json(response).path("run").asLong();
        madeFor = port;
    }

    /** The published star rating ({@code expected_rating}) of each trust of {@link WebServer#published(int)}'s sample. */
    static List<String> publishedSampleRatings(int rows) throws IOException {
        List<CSVRecord> records = records(Projects.PUBLISHED_2003_04);
        List<String> ratings = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ratings.add(records.get(4 * i).get("expected_rating"));
        }
        return ratings;
    }

    /** How many trusts the Oversight Framework file has in a quarter ("Q2 2025/26"). */
    static int trusts(String quarter) {
        try {
            return (int) records(QUARTERS).stream().filter(r -> r.get("Quarter").equals(quarter)).map(r -> r.get("Trust_code"))
                    .distinct().count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "organisation in period" of a run's rating at an index, as the API gives it. */
    static String rating(int port, long run, int index) throws Exception {
        for (JsonNode rating : Client.json(Client.basic(port, WebServer.AUDITOR).get("/api/runs/" + run + "/ratings"))) {
            if (rating.path("index").asInt() == index) {
                return rating.path("organisation").asString() + " in " + rating.path("period").asString();
            }
        }
        return "no rating " + index;
    }

    static List<CSVRecord> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text)).getRecords();
    }
}
