package org.assessor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assessor.methodology.RuleFile;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/** The rules of a methodology's DRL files, each with its text as written: for comparing methodologies rule by rule. */
public final class RuleTexts {
    private RuleTexts() {
    }

    /** One rule: its file, name, first line and text from {@code rule} to {@code end}. */
    public record RuleText(String file, String name, int line, String text) {
    }

    /**
     * Every rule of the files in file order. A file that does not parse (a draft being written) counts as one
     * rule named after the file, holding its whole text, so that a comparison still shows what changed in it.
     */
    public static List<RuleText> of(List<RuleFile> files) {
        List<RuleText> rules = new ArrayList<>();
        for (RuleFile file : files) {
            PackageDescr drl = parse(file);
            if (drl == null) {
                rules.add(new RuleText(file.fileName(), file.fileName(), 1, file.text()));
                continue;
            }
            String[] lines = file.text().split("\n", -1);
            for (RuleDescr rule : drl.getRules()) {
                int from = Math.max(rule.getLine(), 1);
                int to = Math.min(Math.max(rule.getEndLine(), from), lines.length);
                rules.add(new RuleText(file.fileName(), rule.getName(), from,
                        String.join("\n", Arrays.copyOfRange(lines, from - 1, to))));
            }
        }
        return rules;
    }

    private static PackageDescr parse(RuleFile file) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr drl = parser.parse(false, file.text());
            return parser.hasErrors() ? null : drl;
        } catch (DroolsParserException e) {
            return null;
        }
    }
}
