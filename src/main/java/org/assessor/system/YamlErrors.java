package org.assessor.system;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a YAML file could not be read or bound, in words a methodology author can act on: the parser's
 * own messages span several lines, quote its internals ({@code while parsing a block mapping in reader})
 * and name Java types ({@code java.lang.String}, {@code JsonToken.START_ARRAY}).
 */
public final class YamlErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);

    private YamlErrors() {
    }

    public static String describe(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException syntax) {
            return syntax(syntax);
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return "duplicate key '" + Shown.escaped(duplicate.group(1)) + "'; a key may appear once in a map";
        }
        if (original.startsWith("No content to map due to end-of-input")) {
            return "the file is empty; a configuration is a map of keys, starting with id: and title:";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "expected " + expected(invalid.getTargetType()) + ", found " + Shown.quoted(String.valueOf(invalid.getValue()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType()) + ", found " + found(mismatch.getCurrentToken(), original);
        }
        return Shown.escaped(original.lines().findFirst().orElse("cannot be read"));
    }

    /** The YAML problem in a line: what was wrong, and where the construct it broke began. */
    private static String syntax(MarkedYamlEngineException syntax) {
        String problem = syntax.getProblem() == null ? "" : syntax.getProblem();
        String words;
        if (problem.contains("(TAB)")) {
            words = "a tab in the indentation; YAML is indented with spaces only";
        } else if (problem.startsWith("expected <block end>") || problem.startsWith("mapping values are not allowed")) {
            words = "the indentation does not line up: the keys of one map start in the same column, and a value "
                    + "holding ': ' must be in quotes";
        } else if (problem.startsWith("could not find expected ':'")) {
            words = "a key without ':' after it (a key may also be at most 1,024 characters long)";
        } else if (problem.contains("end of stream") || problem.contains("<stream end>")) {
            words = "the file ends inside a quoted value, a [list] or a {map}: a closing quote or bracket is missing";
        } else {
            words = "not valid YAML: " + Shown.escaped(problem);
        }
        String context = syntax.getContext() == null ? "" : syntax.getContext().replaceFirst("^while ", "");
        return syntax.getContextMark().map(mark -> words + " (" + context + " that began on line " + (mark.getLine() + 1)
                + ", column " + (mark.getColumn() + 1) + ")").orElse(words);
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "a map (keys with values)" : "a different kind of value";
    }

    private static String found(JsonToken token, String original) {
        if (token == JsonToken.START_ARRAY || original.contains("from Array value")) {
            return "a list";
        }
        if (token == JsonToken.START_OBJECT || original.contains("from Object value")) {
            return "a map";
        }
        if (token == JsonToken.VALUE_STRING || original.contains("from String")) {
            return "text";
        }
        if (token != null && token.isNumeric()) {
            return "a number";
        }
        return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE ? "true/false" : "something else";
    }
}
