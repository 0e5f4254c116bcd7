package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.RuleFile;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Which parameters a methodology's rules read, and how, found in their {@code Param(name == "...")} and
 * {@code Param(group == "..." [+ $x] [, key == $y])} patterns. Where the configuration fixes what
 * {@code $x} or {@code $y} can be (a sector, an input's value; see {@link RuleBindings}), a read is of
 * exactly those groups and keys. How a pattern uses the parameter ({@link As}) says what its value must
 * be: a rule that binds {@code number} of a parameter whose value is text gets null.
 */
public final class ParamReads {
    /**
     * {@code name == "..."}, {@code group == "..."} (or {@code == ("..." + ...)}), or {@code group.startsWith("...")}
     * (always a prefix), maybe completed at run time ({@code + ...}, group 4) by a variable (group 5), maybe
     * followed by more (group 6: the completion is still a prefix).
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(name|group)(\\s*==\\s*\\(?|\\.startsWith\\()\\s*\"([^\"]*)\"\\s*(\\+\\s*(\\$\\w+(?![\\w.(]))?(\\s*\\+)?)?");
    private static final Pattern KEY = Pattern.compile("^\\s*key\\s*==\\s*(\\$\\w+|\"[^\"]*\")\\s*$");
    /** A field of the Param itself, not of another fact ({@code $x.number}): what the pattern reads. */
    private static final Pattern NUMBER = Pattern.compile("(?<![.\\w$])number\\b");
    private static final Pattern BAND = Pattern.compile("(?<![.\\w$])(min|max|includes)\\b");
    private static final Pattern TEXT = Pattern.compile("(?<![.\\w$])value\\s*(==|!=)\\s*\"");

    /** How a rule uses the parameters a pattern matches. */
    public enum As {
        /** binds or compares {@code number}: the value must be a number */
        NUMBER("a number"),
        /** reads {@code min}, {@code max} or {@code includes}: the parameter must be a band */
        BAND("a band (min/max)"),
        /** compares {@code value} with a text: the value must be text */
        TEXT("text"),
        /** reads {@code value} or only matches: any value will do */
        ANY("any value");

        private final String words;

        As(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * A parameter read in a rule: an exact name or group, or a prefix completed at run time; with the
     * keys it can match when they are known, how it was completed (for the message), and how it is read.
     */
    public record Read(RuleFile file, String rule, int line, int column, String kind, String text, boolean prefix,
                       Set<String> keys, String completed, As as) {
        public boolean matches(Param param) {
            String target = kind.equals("name") ? param.name() : param.group();
            return (prefix ? target.startsWith(text) : target.equals(text)) && (keys == null || keys.contains(param.key()));
        }

        public String describe() {
            return kind + " '" + text + (prefix ? "…" : "") + "'" + (completed == null ? "" : " (" + completed + ")")
                    + (keys == null ? "" : " with key " + (keys.size() == 1 ? keys.iterator().next() : "one of " + String.join(", ", keys)));
        }

        /** Where the read is written: {@code file:line:column}. */
        public String place() {
            return file.path() + ":" + line + ":" + column;
        }
    }

    private final List<Read> reads;
    private final boolean complete;

    private ParamReads(List<Read> reads, boolean complete) {
        this.reads = reads;
        this.complete = complete;
    }

    /** The reads of every rule file that parses; the compiler reports those that do not, with their place. */
    public static ParamReads of(Methodology methodology) {
        List<Read> reads = new ArrayList<>();
        boolean complete = true;
        for (RuleFile file : methodology.ruleFiles()) {
            try {
                DrlParser parser = new DrlParser();
                PackageDescr drl = parser.parse(false, file.text());
                if (drl != null && !parser.hasErrors()) {
                    drl.getRules().forEach(rule -> collect(file, rule, methodology, reads));
                    continue;
                }
            } catch (DroolsParserException e) {
                // the compiler reports syntax errors with their place
            }
            complete = false;
        }
        return new ParamReads(List.copyOf(reads), complete);
    }

    public List<Read> reads() {
        return reads;
    }

    /** False while a rule file does not parse: what it reads is unknown. */
    public boolean complete() {
        return complete;
    }

    private static void collect(RuleFile file, RuleDescr rule, Methodology methodology, List<Read> reads) {
        Map<String, Set<String>> bindings = RuleBindings.of(rule, methodology);
        for (PatternDescr pattern : RuleBindings.patterns(rule.getLhs())) {
            if (RuleBindings.type(pattern).equals("Param")) {
                Set<String> keys = keys(pattern, bindings);
                As as = as(RuleBindings.expressions(pattern));
                for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        Matcher matcher = REFERENCE.matcher(expression.getExpression());
                        while (matcher.find()) {
                            // Drools counts columns from 0
                            int column = expression.getColumn() + 1 + matcher.start();
                            boolean startsWith = matcher.group(2).startsWith(".");
                            add(new Read(file, rule.getName(), Math.max(expression.getLine(), rule.getLine()), column,
                                    matcher.group(1), matcher.group(3), matcher.group(4) != null || startsWith, keys, null, as),
                                    matcher.group(5), matcher.group(6) != null || startsWith, bindings, reads);
                        }
                    }
                }
            }
        }
    }

    /** How a pattern's constraints use the parameter; a band read wins over a number read (its bounds are numbers). */
    private static As as(List<String> expressions) {
        String all = String.join(" ; ", expressions);
        if (BAND.matcher(all).find()) {
            return As.BAND;
        }
        if (NUMBER.matcher(all).find()) {
            return As.NUMBER;
        }
        return TEXT.matcher(all).find() ? As.TEXT : As.ANY;
    }

    /** A prefix completed by a variable whose values are known is a read of each completion. */
    private static void add(Read read, String completion, boolean stillPrefix, Map<String, Set<String>> bindings, List<Read> reads) {
        Set<String> values = completion == null ? null : bindings.get(completion);
        if (!read.prefix() || values == null) {
            reads.add(read);
            return;
        }
        for (String value : values) {
            reads.add(new Read(read.file(), read.rule(), read.line(), read.column(), read.kind(), read.text() + value, stillPrefix,
                    read.keys(), completion + " = " + value, read.as()));
        }
    }

    /** The keys a Param pattern can match: from {@code key == "x"} or a variable with known values; null if any. */
    private static Set<String> keys(PatternDescr pattern, Map<String, Set<String>> bindings) {
        for (String expression : RuleBindings.expressions(pattern)) {
            Matcher key = KEY.matcher(expression);
            if (key.matches()) {
                String operand = key.group(1);
                return operand.startsWith("\"") ? Set.of(operand.substring(1, operand.length() - 1)) : bindings.get(operand);
            }
        }
        return null;
    }
}
