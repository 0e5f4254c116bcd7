package org.assessor.rules;

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
 * Every parameter's value checked against how the rules read it ({@link ParamReads.As}): a rule binding
 * {@code number} of a parameter written {@code value: one} would get null, and then fail or, worse,
 * give no rating without a word. {@code validate} reports each mismatch at the parameter; rating
 * refuses a methodology with one before any rule runs.
 */
public final class ParamTypes {
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

    private ParamTypes() {
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
     */
    public static void check(Methodology methodology, ParamReads reads) {
        List<Mismatch> mismatches = of(methodology, reads);
        if (mismatches.isEmpty()) {
            return;
        }
        List<YamlSource> sources = sources(methodology);
        List<Problem> problems = mismatches.stream().map(m -> place(sources, m)).toList();
        throw new ProblemException("methodology " + methodology.id() + " cannot rate: a parameter's value does not fit how the rules "
                + "read it (`assessor validate` lists every problem)", problems);
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

    private static List<YamlSource> sources(Methodology methodology) {
        String own = "methodology-configs/" + methodology.id() + ".yaml";
        List<YamlSource> sources = new ArrayList<>();
        methodology.sources().forEach((file, text) -> {
            if (file.endsWith(".yaml") && !file.endsWith(".tests.yaml")) {
                sources.add(file.equals(own) ? 0 : sources.size(), new YamlSource(file, YamlLocations.of(text)));
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
