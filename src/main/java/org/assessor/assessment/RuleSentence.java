package org.assessor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.assessor.rules.RuleBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What an explanation needs of a rule besides what fired: its name, its sentence template ({@code @explain}, or
 * null) and whether its steps are detail ({@code @detail(true)}). Read from the compiled rules, as the recorder reads them.
 */
public record RuleSentence(String name, String template, boolean detail) {

    static RuleSentence of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        return new RuleSentence(rule.getName(), metadata(meta.get("explain")), "true".equals(metadata(meta.get("detail"))));
    }

    /** Every rule of the compiled methodology, in methodology order (files by name, rules as written). */
    public static List<RuleSentence> of(RuleBase rules) {
        List<Rule> all = new ArrayList<>();
        for (KiePackage kiePackage : rules.kieBase().getKiePackages()) {
            all.addAll(kiePackage.getRules());
        }
        all.sort(Comparator.comparingInt((Rule rule) -> rules.order().of(rule.getName())).thenComparing(Rule::getName));
        List<RuleSentence> sentences = new ArrayList<>(all.size());
        all.forEach(rule -> sentences.add(of(rule)));
        return List.copyOf(sentences);
    }

    /** Metadata values keep the quotes they were written with. */
    private static String metadata(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
