package org.assessor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits DRL text into the name and symbol tokens javac would see, dropping comments and string contents
 * so that a string or comment mentioning "System" is not code. Whatever could make javac, the DRL parser
 * and this lexer disagree about what is code is itself a finding: unicode escapes (javac decodes them
 * before anything else, even in comments), characters outside printable ASCII in code (javac ignores
 * some inside names), text blocks, strings not closed on their line, and strings holding a backslash,
 * a double quote or a comment end (the rule compiler copies rule names and attribute values unescaped
 * into generated Java strings and Javadoc).
 */
final class DrlLexer {
    record Token(String text, int line, int column) {
        boolean isName() {
            return Character.isJavaIdentifierStart(text.charAt(0));
        }
    }

    private final String text;
    private final int[] lineStarts;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private int pos;

    private DrlLexer(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    static DrlLexer lex(String text) {
        DrlLexer lexer = new DrlLexer(text);
        lexer.run();
        return lexer;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Finding> findings() {
        return findings;
    }

    private void run() {
        for (int at = text.indexOf("\\u"); at >= 0; at = text.indexOf("\\u", at + 1)) {
            find(at, "unicode escape: javac decodes \\u escapes before parsing, even in comments and strings,"
                    + " so they can hide code");
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (text.startsWith("//", pos)) {
                pos = end(pos, "\n", "\r");
            } else if (text.startsWith("/*", pos)) {
                int close = text.indexOf("*/", pos + 2);
                pos = close < 0 ? unclosed("comment") : close + 2;
            } else if (text.startsWith("\"\"\"", pos)) {
                find(pos, "text block: not allowed in rules");
                int close = text.indexOf("\"\"\"", pos + 3);
                pos = close < 0 ? unclosed("text block") : close + 3;
            } else if (c == '"' || c == '\'') {
                string(c);
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else if (c < ' ' || c > '~') {
                find(pos, String.format("character U+%04X: only printable ASCII is allowed outside strings and"
                        + " comments (javac ignores some characters inside names)", (int) c));
                pos++;
            } else {
                token();
            }
        }
    }

    /** A name (letters, digits, _ and $), a number, or a single symbol. */
    private void token() {
        int start = pos++;
        if (isWordChar(text.charAt(start))) {
            boolean number = Character.isDigit(text.charAt(start));
            while (pos < text.length() && (isWordChar(text.charAt(pos)) || number && text.charAt(pos) == '.'
                    && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
                pos++;
            }
        }
        tokens.add(new Token(text.substring(start, pos), lineOf(start), columnOf(start)));
    }

    private void string(char quote) {
        int start = pos++;
        String problem = null;
        while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n'
                && text.charAt(pos) != '\r') {
            char c = text.charAt(pos);
            if (problem == null) {
                problem = c == '\\' && !text.startsWith("\\u", pos) ? "backslash"
                        : c == '"' ? "double quote" : text.startsWith("*/", pos) ? "*/" : null;
            }
            pos += c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) >= ' ' ? 2 : 1;
        }
        if (problem != null) {
            // the rule compiler copies rule names and attribute values unescaped into Java strings and Javadoc
            find(start, problem + " in a string: it can end a string or comment in the Java generated from the rules");
        }
        if (pos >= text.length() || text.charAt(pos) != quote) {
            find(start, "string not closed on its line");
        } else {
            pos++;
        }
    }

    private int end(int from, String... terminators) {
        int end = text.length();
        for (String terminator : terminators) {
            int at = text.indexOf(terminator, from);
            end = at < 0 ? end : Math.min(end, at);
        }
        return end;
    }

    private int unclosed(String what) {
        find(pos, what + " not closed");
        return text.length();
    }

    private void find(int offset, String message) {
        findings.add(new Finding(lineOf(offset), columnOf(offset), message));
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** Lines as the DRL parser counts them: only \n starts a new one. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
