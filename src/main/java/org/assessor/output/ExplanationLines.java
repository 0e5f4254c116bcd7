package org.assessor.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads an {@code explanations.jsonl} (or {@code .jsonl.gz}) file: its header, and the lines of one organisation. */
public final class ExplanationLines {
    private ExplanationLines() {
    }

    /** The file's header and the lines of {@code organisation} (in {@code sector} only, if given), in file order. */
    public record Found(ExplanationHeader header, List<JsonNode> lines) {
    }

    public static Found find(Path file, String organisation, String sector) {
        // only a line that names the organisation is parsed: a national file has a million lines
        String named = new String(ExplanationsJsonl.JSON.writeValueAsBytes(organisation), StandardCharsets.UTF_8);
        int number = 1;
        try (InputStream in = open(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String first = reader.readLine();
            if (first == null) {
                throw problem(file, 1, "empty: no explanations header");
            }
            ExplanationHeader header = header(file, first);
            List<JsonNode> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.contains(named)) {
                    JsonNode rating = ExplanationsJsonl.JSON.readTree(line);
                    if (organisation.equals(rating.path("organisation").asString(null))
                            && (sector == null || sector.equals(rating.path("sector").asString(null)))) {
                        lines.add(rating);
                    }
                }
            }
            return new Found(header, lines);
        } catch (JacksonException e) {
            throw problem(file, number, "not a line of explanations.jsonl: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(file, number, "cannot read: " + e.getMessage());
        }
    }

    private static ExplanationHeader header(Path file, String line) {
        try {
            return ExplanationHeader.read(ExplanationsJsonl.JSON.readTree(line));
        } catch (IllegalArgumentException e) {
            throw problem(file, 1, e.getMessage());
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static ProblemException problem(Path file, int line, String message) {
        return new ProblemException(Problem.error(file.toString(), line, 0, null, message));
    }
}
