package org.assessor.system;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The caps on a YAML file a user wrote, checked in one pass over its tokens before anything binds it,
 * so that a huge, deep or tricky file is refused within seconds with its place instead of hanging the
 * parser or being read wrong. Numbers must be written as {@link NumberText} says.
 */
final class YamlLimits {
    /**
     * The largest file read: 28 times the largest shipped configuration (38 KB). SnakeYAML scans a
     * long scalar in time that grows faster than its length (a 4 MB one takes 9 s), so the size is
     * checked before parsing.
     */
    static final long MAX_BYTES = 1 << 20;
    /** The longest key or value: 18 times the longest shipped one (a 554-character description). */
    static final int MAX_SCALAR = 10_000;
    /** Levels of maps and lists: the shipped files use 6. */
    static final int MAX_DEPTH = 32;
    /** Enough to read a file's mistakes through, not to print thousands. */
    private static final int MAX_PROBLEMS = 20;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private YamlLimits(String file) {
        this.file = file;
    }

    /** Every cap the text breaks, each at its line and column; a syntax error ends the pass quietly (the binder reports it). */
    static List<Problem> check(String file, String yaml) {
        YamlLimits limits = new YamlLimits(file);
        limits.lines(yaml);
        if (limits.problems.isEmpty()) {
            limits.scan(yaml);
        }
        return limits.problems;
    }

    /**
     * Lines longer than a value may be, found in one pass before the parser sees them: SnakeYAML takes
     * seconds over one long line (1.5 s a million characters) but not over the same text on many lines.
     */
    private void lines(String yaml) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= yaml.length() && problems.size() < MAX_PROBLEMS; i++) {
            if (i == yaml.length() || yaml.charAt(i) == '\n') {
                if (i - start > MAX_SCALAR) {
                    problems.add(Problem.error(file, line, 1, null, String.format("a line of %,d characters; at most %,d are accepted "
                            + "(a long value may be written over several lines)", i - start, MAX_SCALAR)));
                }
                line++;
                start = i + 1;
            }
        }
    }

    private void scan(String yaml) {
        int depth = 0;
        try (JsonParser parser = Yaml.PLAIN.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null && problems.size() < MAX_PROBLEMS; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > MAX_DEPTH) {
                    add(parser, "nested more than " + MAX_DEPTH + " levels deep; a methodology file needs far fewer");
                    return;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
                    add(parser, "an alias (*" + Shown.escaped(shorter(parser.getString())) + ") is not supported: it would be read as "
                            + "the text '" + Shown.escaped(shorter(parser.getString())) + "'; write the value out");
                } else if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
                    checkText(parser);
                } else if (token.isNumeric()) {
                    String problem = NumberText.problem(parser.getString());
                    if (problem != null) {
                        add(parser, Shown.quoted(parser.getString()) + " is " + problem);
                    }
                }
            }
        } catch (JacksonException e) {
            // a syntax error: the binder reports it with its place and the parser's words
        }
    }

    /** Not too long, and plain text: a control character (written as \e or \x1b in quotes) would reach terminals and reports. */
    private void checkText(JsonParser parser) {
        String what = parser.currentToken() == JsonToken.PROPERTY_NAME ? "key" : "value";
        int length = parser.getStringLength();
        if (length > MAX_SCALAR) {
            add(parser, String.format("a %s of %,d characters; at most %,d are accepted", what, length, MAX_SCALAR));
            return;
        }
        String text = parser.getString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c >= 0x80 && c <= 0x9F) {
                add(parser, "a control character (" + Shown.escaped(String.valueOf(c)) + ") in this " + what
                        + "; a methodology file is plain text: remove it");
                return;
            }
        }
    }

    private static String shorter(String text) {
        return text.length() <= Shown.MAX ? text : text.substring(0, Shown.MAX) + "…";
    }

    private void add(JsonParser parser, String message) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(Problem.error(file, at.getLineNr(), at.getColumnNr(), null, message));
    }
}
