package org.assessor.methodology;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.fact.Confidence;
import org.assessor.fact.Param;
import org.assessor.system.Hashes;
import org.assessor.system.NumberText;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.Shown;

/**
 * Parameter changes for one run, without editing files: {@code name=value}, or {@code name.min=} /
 * {@code name.max=} for a band. A changed parameter is marked assumed and cites the change, and the
 * methodology gets a new version so the run can never be mistaken for one of the files as they are.
 */
public final class WhatIf {
    private WhatIf() {
    }

    public static Methodology apply(Methodology methodology, Map<String, String> changes) {
        if (changes.isEmpty()) {
            return methodology;
        }
        Map<String, String> pending = new TreeMap<>(changes);
        List<Param> params = new ArrayList<>();
        for (Param param : methodology.params()) {
            params.add(change(param, pending));
        }
        if (!pending.isEmpty()) {
            throw new ProblemException("unknown parameters in --set", pending.keySet().stream()
                    .map(name -> Problem.error("--set", 0, 0, name, "no parameter '" + name + "' in " + methodology.id()
                            + "; a band's bounds are set as NAME.min and NAME.max"))
                    .toList());
        }
        MessageDigest digest = Hashes.sha256();
        Hashes.update(digest, "methodology", methodology.version());
        new TreeMap<>(changes).forEach((name, value) -> Hashes.update(digest, name, value));
        return new Methodology(methodology.config(), methodology.tree(), params, methodology.ruleFiles(), Hashes.hex(digest),
                methodology.sources(), changes);
    }

    private static Param change(Param param, Map<String, String> pending) {
        String value = pending.remove(param.name());
        String min = pending.remove(param.name() + ".min");
        String max = pending.remove(param.name() + ".max");
        if (value == null && min == null && max == null) {
            return param;
        }
        Object newValue = value == null ? param.value() : parse(param, value);
        return new Param(param.name(), param.group(), param.key(), newValue,
                newValue instanceof Number n ? n.doubleValue() : null,
                min == null ? param.min() : number(param.name() + ".min", min),
                max == null ? param.max() : number(param.name() + ".max", max),
                param.description(), "what-if: set for this run (file: " + param.reference() + ")",
                Confidence.ASSUMED, param.unit());
    }

    /**
     * A new value keeps the parameter's type, since the rules read it as they read the file's value: a
     * number must be written as {@link NumberText} says ({@code 1,5} is refused, not read as text), a
     * true/false stays one, and text stays text.
     */
    private static Object parse(Param param, String text) {
        if (param.value() instanceof Boolean) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new ProblemException(Problem.error("--set", 0, 0, param.name(), Shown.quoted(text) + " is not true or false, "
                        + "as the parameter's value is"));
            }
            return Boolean.valueOf(text);
        }
        if (param.value() instanceof Number) {
            return number(param.name(), text);
        }
        return text;
    }

    private static Double number(String name, String text) {
        String problem = NumberText.problem(text);
        if (problem != null) {
            throw new ProblemException(Problem.error("--set", 0, 0, name, Shown.quoted(text) + " is " + problem));
        }
        return NumberText.value(text).doubleValue();
    }
}
