package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;

/**
 * Places a finding in the generated code at the DRL it came from: the rule whose class or method it is
 * in (at the line using the word the finding names, else the rule's first line), the DRL function or
 * declared type of that name, or else the first line of the files that mentions the word.
 */
final class DrlPlaces {
    private static final Pattern NEXT_DECLARATION = Pattern.compile("^(rule|function|declare|query)\\b", Pattern.MULTILINE);
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private final List<RuleFile> files;
    private final List<DrlRules.Rule> rules;
    private final RulesOfClasses owners;

    DrlPlaces(List<RuleFile> files, RulesOfClasses owners) {
        this.files = files;
        this.rules = DrlRules.of(files);
        this.owners = owners;
    }

    List<Problem> locate(CodeFinding finding) {
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

    /**
     * In a DRL function or declared type (named by the generated method or class), else at the first use of the
     * word the finding names outside comments, else at the package statement of the first file.
     */
    private Problem byDeclaration(CodeFinding finding) {
        String className = finding.className().substring(finding.className().lastIndexOf('/') + 1);
        String function = "function\\s+[\\w.<>\\[\\], ]+?\\s+" + Pattern.quote(String.valueOf(finding.method())) + "\\s*\\(";
        String declared = "declare\\s+(enum\\s+)?" + Pattern.quote(className) + "\\b";
        for (String pattern : List.of(function, declared, finding.token() == null ? "" : wordPattern(finding.token()),
                "^\\s*package\\b")) {
            if (pattern.isEmpty()) {
                continue;
            }
            for (RuleFile file : files) {
                String code = withoutComments(file.text());
                Matcher matcher = Pattern.compile(pattern, Pattern.MULTILINE).matcher(code);
                if (matcher.find()) {
                    int at = pattern.equals(function) ? inFunction(code, matcher.start(), finding.token()) : matcher.start();
                    int line = (int) file.text().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                    int column = at - (file.text().lastIndexOf('\n', at - 1) + 1) + 1;
                    return Problem.error(file.path().toString(), line, column, Places.of(file).at(line), finding.message());
                }
            }
        }
        return Problem.error(files.isEmpty() ? null : files.get(0).path().toString(), 0, 0, null, finding.message());
    }

    /** Where the word is in the function starting at {@code start} (up to the next declaration), else its start. */
    private static int inFunction(String code, int start, String token) {
        Matcher next = NEXT_DECLARATION.matcher(code);
        int end = next.find(start + 1) ? next.start() : code.length();
        if (token != null) {
            Matcher word = Pattern.compile(wordPattern(token)).matcher(code).region(start, end);
            if (word.find()) {
                return word.start();
            }
        }
        return start;
    }

    /** The text with every comment blanked out, so that places found in it are places in the text. */
    private static String withoutComments(String text) {
        Matcher comment = COMMENT.matcher(text);
        StringBuilder blanked = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(blanked, Matcher.quoteReplacement(comment.group().replaceAll("[^\\n]", " ")));
        }
        return comment.appendTail(blanked).toString();
    }

    private static String wordPattern(String words) {
        List<String> parts = new ArrayList<>();
        for (String word : words.split("\\|")) {
            parts.add(word.matches("[\\w$]+") ? "(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])" : Pattern.quote(word));
        }
        return String.join("|", parts);
    }
}
