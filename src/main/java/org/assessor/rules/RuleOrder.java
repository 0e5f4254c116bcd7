package org.assessor.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assessor.methodology.RuleFile;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/** Where each rule stands in its methodology: files in name order, rules in the order they are written. */
public final class RuleOrder {
    private final Map<String, Integer> positions = new HashMap<>();

    RuleOrder(List<RuleFile> files) {
        for (RuleFile file : files) {
            try {
                for (RuleDescr rule : new DrlParser().parse(false, file.text()).getRules()) {
                    positions.putIfAbsent(rule.getName(), positions.size());
                }
            } catch (DroolsParserException e) {
                // the compiler reports the same syntax error with its place
            }
        }
    }

    public int of(String rule) {
        return positions.getOrDefault(rule, Integer.MAX_VALUE);
    }
}
