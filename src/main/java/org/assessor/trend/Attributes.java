package org.assessor.trend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assessor.output.Csv;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Trust attributes (region, foundation trust...) kept beside the ratings: a CSV with an organisation
 * column and one column per attribute, joined to every year's ratings by organisation.
 */
public record Attributes(List<String> columns, Map<String, Map<String, String>> byOrganisation) {
    public static final Attributes NONE = new Attributes(List.of(), Map.of());
    /** The value of an attribute a trust has none for. */
    public static final String UNKNOWN = "(unknown)";

    public static Attributes read(Path file) {
        try (CSVParser parser = Csv.read(file)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains(RatingsFile.ORGANISATION)) {
                throw new ProblemException(Problem.error(file.toString(), 1, 0, RatingsFile.ORGANISATION,
                        "missing column 'organisation'; an attributes file has organisation, then one column per attribute"));
            }
            List<String> columns = header.stream().filter(c -> !c.equals(RatingsFile.ORGANISATION)).toList();
            Map<String, Map<String, String>> byOrganisation = new HashMap<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                columns.forEach(c -> values.put(c, record.isSet(c) ? record.get(c) : ""));
                if (byOrganisation.putIfAbsent(record.get(RatingsFile.ORGANISATION), values) != null) {
                    throw new ProblemException(Problem.error(file.toString(), (int) parser.getCurrentLineNumber(), 1,
                            RatingsFile.ORGANISATION, "duplicate organisation '" + record.get(RatingsFile.ORGANISATION) + "'"));
                }
            }
            return new Attributes(columns, Map.copyOf(byOrganisation));
        } catch (IOException | UncheckedIOException e) {
            String reason = Files.exists(file) ? "cannot read the file: " + e.getMessage() : "file not found";
            throw new ProblemException(Problem.error(file.toString(), 0, 0, null, reason));
        }
    }

    /**
     * A trust's attribute in one year: the ratings file's own column when it has one (an attribute may
     * change from year to year), else this file's, else {@link #UNKNOWN}.
     */
    public String of(RatingsFile.Row row, String attribute) {
        String own = row.values().get(attribute);
        if (own != null && !own.isEmpty()) {
            return own;
        }
        String joined = byOrganisation.getOrDefault(row.organisation(), Map.of()).get(attribute);
        return joined == null || joined.isEmpty() ? UNKNOWN : joined;
    }
}
