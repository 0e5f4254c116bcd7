package org.assessor.trend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;
import java.util.regex.Pattern;

import org.assessor.methodology.Methodology;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.trend.RatingsFile.Row;

/**
 * Builds a {@link SectorSummary} from rating files. The rating columns are rating and the outputs the
 * methodology marks {@code rating: true} (without the methodology: every other column holding only rating
 * values); the sectors and values come from the files, the values in the order the methodology lists them
 * when it is known, else numbers from high to low, else alphabetically; the flag columns are the input
 * file's columns holding only yes and no.
 */
public final class SectorSummaries {
    static final String RATING = "rating";
    static final Set<String> YES_NO = Set.of("yes", "no");
    private static final String YES = "yes";
    private static final List<String> EXPLANATIONS = List.of("explanations.jsonl", "explanations.jsonl.gz", "explanations.json");
    private static final Pattern RUN_METHODOLOGY = Pattern.compile("\"methodology\"\\s*:\\s*\"([^\"]+)\"");

    private SectorSummaries() {
    }

    /**
     * The methodology named in the explanations written beside a ratings file ({@code explanations.jsonl}, gzipped
     * or not, or the older {@code explanations.json}), if there are any.
     */
    public static Optional<String> methodologyBeside(Path ratings) {
        Path explanations = EXPLANATIONS.stream().map(name -> ratings.toAbsolutePath().resolveSibling(name))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        if (explanations == null) {
            return Optional.empty();
        }
        try (var file = Files.newInputStream(explanations);
             var in = explanations.toString().endsWith(".gz") ? new GZIPInputStream(file) : file) {
            // the run comes first in the file; its methodology is all that is needed
            Matcher matcher = RUN_METHODOLOGY.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @param methodology the methodology that wrote the ratings, for labels and the order of values; may be null */
    public static SectorSummary build(SummaryOptions options, Methodology methodology) {
        RatingsFile current = ratings(options.ratings());
        RatingsFile previous = options.previous() == null ? null : ratings(options.previous());
        RatingsFile input = options.input() == null ? null : RatingsFile.read(options.input(), "input", List.of());
        List<String> columns = columns(current, options.columns(), methodology);
        List<String> values = order(columns.stream().flatMap(c -> values(current, c).stream()).distinct().toList(), methodology);
        List<SectorSummary.Flag> flags = input == null ? List.of() : flags(input, options.flags(), methodology);
        Map<String, Row> inputRows = new LinkedHashMap<>();
        if (input != null) {
            input.rows().forEach(row -> inputRows.put(row.key(), row));
        }
        List<SectorSummary.Group> groups = new ArrayList<>();
        // a file of several periods (quarters) is summarised per period: a trust is counted once in each, never twice in one
        List<String> periods = values(current, RatingsFile.PERIOD);
        for (String period : periods.isEmpty() ? List.of("") : periods) {
            String in = period.isEmpty() ? "" : ", " + label(methodology, period);
            String id = period.isEmpty() ? "" : "." + period;
            Predicate<Row> inPeriod = r -> period.equals(r.period());
            for (String sector : sectors(current, methodology)) {
                groups.add(group(sector + id, label(methodology, sector) + in, inPeriod.and(r -> sector.equals(r.sector())),
                        current, previous, columns, values, flags, inputRows));
            }
            groups.add(group(SectorSummary.ALL + id, "all trusts" + in, inPeriod, current, previous, columns, values, flags, inputRows));
        }
        Map<String, String> columnLabels = new LinkedHashMap<>();
        columns.forEach(c -> columnLabels.put(c, label(methodology, c)));
        String title = options.ratings() + (methodology == null ? "" : " (" + methodology.id() + ")");
        return new SectorSummary(title, methodology == null ? null : methodology.id(), columns, columnLabels, values,
                groups, flags, previous != null);
    }

    private static SectorSummary.Group group(String id, String label, Predicate<Row> in, RatingsFile current,
                                             RatingsFile previous, List<String> columns, List<String> values,
                                             List<SectorSummary.Flag> flags, Map<String, Row> inputRows) {
        String best = values.get(0);
        String worst = values.get(values.size() - 1);
        List<Row> rows = current.rows().stream().filter(in).toList();
        Tally before = previous == null ? null : Tally.of(previous.rows().stream().filter(in).toList(), columns, best, worst);
        Map<String, Tally> flagged = new LinkedHashMap<>();
        for (SectorSummary.Flag flag : flags) {
            List<Row> yes = rows.stream().filter(r -> inputRows.containsKey(r.key())
                    && YES.equals(inputRows.get(r.key()).get(flag.column()))).toList();
            flagged.put(flag.column(), Tally.of(yes, columns, best, worst));
        }
        return new SectorSummary.Group(id, label, Tally.of(rows, columns, best, worst), before, flagged);
    }

    private static List<String> columns(RatingsFile ratings, List<String> wanted, Methodology methodology) {
        if (wanted != null && !wanted.isEmpty()) {
            List<String> unknown = wanted.stream().filter(c -> !ratings.columns().contains(c)).toList();
            if (!unknown.isEmpty()) {
                throw new ProblemException(Problem.error(ratings.file().toString(), 1, 0, "--columns",
                        "no column " + String.join(", ", unknown) + "; the file has " + String.join(", ", ratings.columns())));
            }
            return List.copyOf(wanted);
        }
        List<String> columns = new ArrayList<>(List.of(RATING));
        if (methodology != null && methodology.config().outputs() != null) {
            methodology.config().outputs().forEach((id, output) -> {
                if (output != null && Boolean.TRUE.equals(output.rating()) && ratings.columns().contains(id)) {
                    columns.add(id);
                }
            });
            return columns;
        }
        Set<String> ratingValues = new HashSet<>(values(ratings, RATING));
        ratings.columns().stream()
                .filter(c -> !c.equals(RATING) && !c.equals(RatingsFile.ORGANISATION) && !c.equals(RatingsFile.SECTOR))
                .filter(c -> !values(ratings, c).isEmpty() && ratingValues.containsAll(values(ratings, c)))
                .forEach(columns::add);
        return columns;
    }

    private static List<SectorSummary.Flag> flags(RatingsFile input, List<String> wanted, Methodology methodology) {
        List<String> columns = wanted != null && !wanted.isEmpty() ? wanted : input.columns().stream()
                .filter(c -> !values(input, c).isEmpty() && YES_NO.containsAll(values(input, c))).toList();
        return columns.stream().map(c -> new SectorSummary.Flag(c, label(methodology, c))).toList();
    }

    private static List<String> sectors(RatingsFile ratings, Methodology methodology) {
        List<String> present = values(ratings, RatingsFile.SECTOR);
        if (methodology == null) {
            return present;
        }
        List<String> ordered = new ArrayList<>(methodology.sectors().keySet());
        ordered.retainAll(present);
        present.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return ordered;
    }

    /** The methodology's order when it lists its rating values, else numbers high to low, else alphabetical. */
    static List<String> order(List<String> present, Methodology methodology) {
        if (present.isEmpty()) {
            throw new ProblemException(Problem.error("ratings", 0, 0, null, "no ratings to summarise"));
        }
        List<String> listed = methodology == null || methodology.config().rating() == null
                || methodology.config().rating().values() == null ? List.of() : methodology.config().rating().values();
        List<String> ordered = new ArrayList<>(listed.stream().filter(present::contains).toList());
        List<String> rest = new ArrayList<>(present.stream().filter(v -> !ordered.contains(v)).toList());
        boolean numeric = rest.stream().allMatch(v -> v.matches("-?\\d+(\\.\\d+)?"));
        rest.sort(numeric ? Comparator.comparingDouble((String v) -> Double.parseDouble(v)).reversed() : Comparator.naturalOrder());
        ordered.addAll(rest);
        return ordered;
    }

    private static RatingsFile ratings(Path file) {
        RatingsFile ratings = RatingsFile.read(file, RatingsFile.defaultLabel(file), List.of());
        if (!ratings.columns().contains(RATING)) {
            throw new ProblemException(Problem.error(file.toString(), 1, 0, null,
                    "no 'rating' column; expected a ratings.csv written by bin/assessor rate"));
        }
        return ratings;
    }

    /** The column's distinct non-blank values, in the order they first appear. */
    private static List<String> values(RatingsFile file, String column) {
        return file.rows().stream().map(r -> r.get(column)).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static String label(Methodology methodology, String id) {
        return methodology == null ? id.replace('_', ' ') : methodology.labels().of(id);
    }
}
