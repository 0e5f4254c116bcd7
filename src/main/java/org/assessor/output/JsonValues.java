package org.assessor.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * JSON values back as the Java values they were written from, so that they are written again as the same text
 * (3 stays an integer, 3.0 a double) and read by a sentence as they were when it was first rendered.
 */
final class JsonValues {
    private JsonValues() {
    }

    /**
     * A value as Jackson writes it in a map, without going through its serialisers for the plain values a
     * rating holds: on a million ratings they cost a few percent of the run.
     */
    static void write(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof BigDecimal number) {
            g.writeNumber(number);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            write(g, number.doubleValue());
        } else if (value instanceof Boolean yes) {
            g.writeBoolean(yes);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeName(String.valueOf(entry.getKey()));
                write(g, entry.getValue());
            }
            g.writeEndObject();
        } else {
            g.writePOJO(value);
        }
    }

    /**
     * A double as {@code Double.toString} writes it. Most are whole (scores, points, stars), and for those up to
     * seven digits that text is the digits and ".0": written so, without the general algorithm, which was a tenth of
     * serialising a line (JFR, a million ratings; Jackson's Schubfach writer cost more still on whole values).
     */
    static void write(JsonGenerator g, double number) {
        long whole = (long) number;
        if (whole == number && Math.abs(whole) < 10_000_000 && (whole != 0 || 1 / number > 0)) {
            g.writeNumber(whole + ".0");
        } else {
            g.writeNumber(number);
        }
    }

    static Object java(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(java(item)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), java(e.getValue())));
        return map;
    }
}
