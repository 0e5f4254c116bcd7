package org.assessor.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.assessor.fact.Param;

/** Parameters added, removed, or changed in value, unit, description, reference or confidence, by name. */
final class ParameterChanges {
    private static final Map<String, Function<Param, String>> FIELDS = fields();

    private ParameterChanges() {
    }

    static List<Change> of(List<Param> a, List<Param> b) {
        Map<String, Param> before = byName(a);
        Map<String, Param> after = byName(b);
        List<Change> changes = new ArrayList<>();
        before.forEach((name, param) -> {
            if (!after.containsKey(name)) {
                changes.add(new Change(Change.Area.PARAMETER, name, Change.Kind.REMOVED, fields(param, null), List.of()));
            } else {
                List<Change.Field> differing = fields(param, after.get(name)).stream()
                        .filter(f -> !Objects.equals(f.before(), f.after())).toList();
                if (!differing.isEmpty()) {
                    changes.add(new Change(Change.Area.PARAMETER, name, Change.Kind.CHANGED, differing, List.of()));
                }
            }
        });
        after.forEach((name, param) -> {
            if (!before.containsKey(name)) {
                changes.add(new Change(Change.Area.PARAMETER, name, Change.Kind.ADDED, fields(null, param), List.of()));
            }
        });
        return changes;
    }

    private static List<Change.Field> fields(Param before, Param after) {
        List<Change.Field> fields = new ArrayList<>();
        FIELDS.forEach((field, read) -> {
            String old = before == null ? null : read.apply(before);
            String now = after == null ? null : read.apply(after);
            if (old != null || now != null) {
                fields.add(new Change.Field(field, old, now));
            }
        });
        return fields;
    }

    /** A band reads "from 50 to 70" (either end may be open), as the configuration's min and max mean. */
    static String value(Param param) {
        if (!param.isBand()) {
            return param.text();
        }
        return (param.min() == null ? "up to " : "from " + number(param.min()) + (param.max() == null ? "" : " to "))
                + (param.max() == null ? "" : number(param.max()));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Map<String, Param> byName(List<Param> params) {
        Map<String, Param> byName = new LinkedHashMap<>();
        params.forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    private static Map<String, Function<Param, String>> fields() {
        Map<String, Function<Param, String>> fields = new LinkedHashMap<>();
        fields.put("value", ParameterChanges::value);
        fields.put("unit", Param::unit);
        fields.put("description", Param::description);
        fields.put("reference", Param::reference);
        fields.put("confidence", p -> p.confidence() == null ? null : p.confidence().id());
        return fields;
    }
}
