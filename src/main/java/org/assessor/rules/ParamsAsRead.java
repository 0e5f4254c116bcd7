package org.assessor.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.YamlLocations;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.Shown;

/**
 * The parameters as the rules read them ({@link ParamReads}): each read must find a parameter, and each
 * parameter's value must fit how it is read ({@link ParamReads.As}). A rule binding {@code number} of a
 * parameter written {@code value: one} would get null, and a rule reading a misspelt name never fires:
 * either fails at run time or, worse, gives no rating or the wrong one without a word. {@code validate}
 * reports each at its place; rating refuses a methodology with one before any rule runs.
 */
public final class ParamsAsRead {
    /** A parameter whose value does not fit how a rule reads it. */
    public record Mismatch(Param param, ParamReads.Read read) {
        /** The YAML path of what must change: the value, or the parameter when it has none (a band). */
        public String path() {
            return "parameters." + param.name() + (param.value() == null ? "" : ".value");
        }

        public String message() {
            return "rule \"" + read.rule() + "\" (" + read.place() + ") reads this parameter as " + read.as().words()
                    + ", but it " + found(param);
        }
    }

    private ParamsAsRead() {
    }

    /** The reads that match no parameter of the configuration. */
    public static List<ParamReads.Read> undefined(Methodology methodology, ParamReads reads) {
        return reads.reads().stream().filter(read -> methodology.params().stream().noneMatch(read::matches)).toList();
    }

    /** A read that matches no parameter, placed at the rule that makes it. */
    public static Problem undefinedProblem(ParamReads.Read read) {
        return Problem.error(read.file().path().toString(), read.line(), read.column(), "rule \"" + read.rule() + "\"",
                "reads parameter " + read.describe() + ", which the configuration does not define");
    }

    /** The first mismatch of each parameter: one is enough to fix it. */
    public static List<Mismatch> of(Methodology methodology, ParamReads reads) {
        Map<String, Mismatch> mismatches = new LinkedHashMap<>();
        for (ParamReads.Read read : reads.reads()) {
            for (Param param : methodology.params()) {
                if (read.matches(param) && !fits(param, read.as())) {
                    mismatches.putIfAbsent(param.name(), new Mismatch(param, read));
                }
            }
        }
        return new ArrayList<>(mismatches.values());
    }

    /**
     * Throws every mismatch, each placed at the parameter in the configuration the methodology was
     * loaded from (its own file first, then those it extends).
     *
     * @param home the methodology home its files are named under in messages, or null to name them as archived
     */
    public static void check(Methodology methodology, ParamReads reads, Path home) {
        List<Mismatch> mismatches = of(methodology, reads);
        List<ParamReads.Read> undefined = undefined(methodology, reads);
        if (mismatches.isEmpty() && undefined.isEmpty()) {
            return;
        }
        List<YamlSource> sources = sources(methodology, home);
        List<Problem> problems = new ArrayList<>();
        undefined.forEach(read -> problems.add(undefinedProblem(read)));
        mismatches.forEach(mismatch -> problems.add(place(sources, mismatch)));
        throw new ProblemException("methodology " + methodology.id() + " cannot rate: its rules read parameters that are missing "
                + "or do not fit (`assessor validate` lists every problem)", problems);
    }

    static boolean fits(Param param, ParamReads.As as) {
        return switch (as) {
            case NUMBER -> param.number() != null;
            case BAND -> param.isBand();
            case TEXT -> param.value() instanceof String;
            case ANY -> true;
        };
    }

    private static String found(Param param) {
        if (param.isBand()) {
            return "is a band (min/max) without a value";
        }
        if (param.value() == null) {
            return "has no value";
        }
        String type = param.value() instanceof Number ? "a number" : param.value() instanceof Boolean ? "true/false" : "text";
        return "is " + type + ", " + Shown.quoted(param.value().toString());
    }

    /** A configuration file the methodology was loaded from, with the places of its keys. */
    private record YamlSource(String file, YamlLocations locations) {
    }

    private static List<YamlSource> sources(Methodology methodology, Path home) {
        String own = "methodology-configs/" + methodology.id() + ".yaml";
        List<YamlSource> sources = new ArrayList<>();
        methodology.sources().forEach((file, text) -> {
            if (file.endsWith(".yaml") && !file.endsWith(".tests.yaml")) {
                String name = home == null ? file : home.resolve(file).toString();
                sources.add(file.equals(own) ? 0 : sources.size(), new YamlSource(name, YamlLocations.of(text)));
            }
        });
        return sources;
    }

    private static Problem place(List<YamlSource> sources, Mismatch mismatch) {
        String path = "parameters." + mismatch.param().name();
        YamlSource source = sources.stream().filter(s -> s.locations().has(path)).findFirst()
                .orElse(sources.isEmpty() ? null : sources.get(0));
        if (source == null) {
            return Problem.error(null, 0, 0, mismatch.path(), mismatch.message());
        }
        return Problem.error(source.file(), source.locations().line(mismatch.path()), source.locations().column(mismatch.path()),
                mismatch.path(), mismatch.message());
    }
}
