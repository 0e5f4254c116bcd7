package org.assessor.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.assessor.rules.RuleTexts.RuleText;

/**
 * Rules added, removed or changed, matched by name (a rule's name is its identity in a methodology: renaming one
 * shows as one removed and one added). A change is shown as a unified diff of the rule's DRL; moving a rule to
 * another file or line alone is not a change.
 */
final class RuleChanges {
    private static final int CONTEXT = 2;
    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(,\\d+)? \\+(\\d+)(,\\d+)? @@");

    private RuleChanges() {
    }

    static List<Change> of(List<RuleText> a, List<RuleText> b) {
        Map<String, RuleText> before = byName(a);
        Map<String, RuleText> after = byName(b);
        List<Change> changes = new ArrayList<>();
        before.forEach((name, rule) -> {
            RuleText now = after.get(name);
            if (now == null) {
                changes.add(new Change(Change.Area.RULE, name, Change.Kind.REMOVED, List.of(place(rule, null)), whole(rule, "-")));
            } else if (!lines(rule).equals(lines(now))) {
                List<String> drl = UnifiedDiffUtils.generateUnifiedDiff(place(rule), place(now), lines(rule),
                        DiffUtils.diff(lines(rule), lines(now)), CONTEXT);
                changes.add(new Change(Change.Area.RULE, name, Change.Kind.CHANGED, List.of(place(rule, now)),
                        drl.subList(2, drl.size()).stream().map(line -> inFile(line, rule, now)).toList()));
            }
        });
        after.forEach((name, rule) -> {
            if (!before.containsKey(name)) {
                changes.add(new Change(Change.Area.RULE, name, Change.Kind.ADDED, List.of(place(null, rule)), whole(rule, "+")));
            }
        });
        return changes;
    }

    /** A hunk header with the files' line numbers rather than the rule's; other lines as they are. */
    private static String inFile(String line, RuleText before, RuleText after) {
        Matcher hunk = HUNK.matcher(line);
        if (!hunk.matches()) {
            return line;
        }
        return "@@ -" + (Integer.parseInt(hunk.group(1)) + before.line() - 1) + hunk.group(2)
                + " +" + (Integer.parseInt(hunk.group(3)) + after.line() - 1) + hunk.group(4) + " @@";
    }

    private static Change.Field place(RuleText before, RuleText after) {
        return new Change.Field("file", before == null ? null : place(before), after == null ? null : place(after));
    }

    private static String place(RuleText rule) {
        return rule.file() + ":" + rule.line();
    }

    private static List<String> whole(RuleText rule, String sign) {
        return lines(rule).stream().map(line -> sign + line).toList();
    }

    /** The rule's lines without trailing blanks: re-indenting a line is a change, trailing spaces are not. */
    private static List<String> lines(RuleText rule) {
        return rule.text().lines().map(String::stripTrailing).toList();
    }

    private static Map<String, RuleText> byName(List<RuleText> rules) {
        Map<String, RuleText> byName = new LinkedHashMap<>();
        rules.forEach(r -> byName.putIfAbsent(r.name(), r));
        return byName;
    }
}
