package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.methodology.RuleFile;
import org.assessor.rules.ClassCheck.Finding;
import org.assessor.system.Problem;

/**
 * Places a finding in the generated code at the DRL it came from: the rule whose class or method it is
 * in (at the line using the word the finding names, else the rule's first line), the DRL function or
 * declared type of that name, or else the first line of the files that mentions the word.
 */
final class DrlPlaces {
    private final List<RuleFile> files;
    private final List<DrlRules.Rule> rules;
    private final RulesOfClasses owners;

    DrlPlaces(List<RuleFile> files, RulesOfClasses owners) {
        this.files = files;
        this.rules = DrlRules.of(files);
        this.owners = owners;
    }

    List<Problem> locate(Finding finding) {
        Set<String> names = owners.of(finding.className(), finding.method());
        List<Problem> placed = new ArrayList<>();
        for (DrlRules.Rule rule : rules) {
            if (names.contains(rule.name())) {
                int[] at = finding.token() == null ? null : rule.findWord(finding.token());
                placed.add(rule.problem(Problem.error(null, 0, 0, null, finding.message()), at));
            }
        }
        if (placed.isEmpty()) {
            placed.add(byDeclaration(finding));
        }
        return placed;
    }

    /** In a DRL function or declared type (named by the generated method or class), else where the word is. */
    private Problem byDeclaration(Finding finding) {
        String className = finding.className().substring(finding.className().lastIndexOf('/') + 1);
        List<String[]> tries = List.of(
                new String[] {"function", "function\\s+[\\w.<>\\[\\], ]+?\\s+" + Pattern.quote(String.valueOf(finding.method())) + "\\s*\\("},
                new String[] {"declare", "declare\\s+(enum\\s+)?" + Pattern.quote(className) + "\\b"},
                new String[] {null, finding.token() == null ? "^\\s*package\\b" : wordPattern(finding.token())});
        for (String[] attempt : tries) {
            Pattern pattern = Pattern.compile(attempt[1], Pattern.MULTILINE);
            for (RuleFile file : files) {
                Matcher matcher = pattern.matcher(file.text());
                if (matcher.find()) {
                    int line = (int) file.text().substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                    int lineStart = file.text().lastIndexOf('\n', matcher.start()) + 1;
                    String at = attempt[0] == null ? Places.of(file).at(line)
                            : attempt[0] + " \"" + (attempt[0].equals("function") ? finding.method() : className) + "\"";
                    return Problem.error(file.path().toString(), line, matcher.start() - lineStart + 1, at, finding.message());
                }
            }
        }
        String first = files.isEmpty() ? null : files.get(0).path().toString();
        return Problem.error(first, 1, 0, null, finding.message());
    }

    private static String wordPattern(String words) {
        List<String> parts = new ArrayList<>();
        for (String word : words.split("\\|")) {
            parts.add(word.matches("[\\w$]+") ? "(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])" : Pattern.quote(word));
        }
        return String.join("|", parts);
    }
}
