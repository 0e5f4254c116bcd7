package org.assessor.rules;

import java.util.Set;
import java.util.regex.Pattern;

import org.objectweb.asm.tree.ClassNode;

/**
 * One class Drools generated for a methodology, with what it is: the executable model names its classes
 * by what they hold, so anything else (an anonymous or local class, inline accumulate code) is foreign.
 */
record GeneratedClass(ClassNode node, Kind kind) {
    enum Kind {
        /** builds the rule model: rules, their metadata, the project's KieBase; also holds DRL functions */
        MODEL,
        /** one constraint, extractor or consequence: the rule code itself */
        LAMBDA,
        /** a type or enum declared in DRL: data with generated accessors */
        DECLARED_TYPE,
        /** anything else */
        FOREIGN
    }

    private static final String HASH = "[0-9A-F]{32}";
    private static final Pattern MODEL = Pattern.compile("(Rules" + HASH + "(RuleMethods\\d+)?|DomainClassesMetadata" + HASH
            + "(\\$\\w+_Metadata)?)");
    private static final Pattern LAMBDA = Pattern.compile("P[0-9A-F]{2}/Lambda(Predicate|Extractor|Consequence)" + HASH);
    private static final String PROJECT_MODEL = "org/drools/project/model/ProjectModel_";
    private static final String GENERATED_FACT = "org/drools/base/factmodel/GeneratedFact";

    /** @param packages the methodology's DRL packages as internal names with a trailing slash ({@code assessor/x/}) */
    static GeneratedClass of(ClassNode node, Set<String> packages) {
        String name = node.name;
        if (name.startsWith(PROJECT_MODEL) && name.indexOf('/', PROJECT_MODEL.length()) < 0 && name.indexOf('$') < 0) {
            return new GeneratedClass(node, Kind.MODEL);
        }
        String prefix = packages.stream().filter(name::startsWith).findFirst().orElse(null);
        if (prefix == null) {
            return new GeneratedClass(node, Kind.FOREIGN);
        }
        String local = name.substring(prefix.length());
        if (MODEL.matcher(local).matches()) {
            return new GeneratedClass(node, Kind.MODEL);
        }
        if (LAMBDA.matcher(local).matches()) {
            return new GeneratedClass(node, Kind.LAMBDA);
        }
        boolean topLevel = local.indexOf('/') < 0 && local.indexOf('$') < 0;
        if (topLevel && (node.interfaces.contains(GENERATED_FACT) || node.superName.equals("java/lang/Enum"))) {
            return new GeneratedClass(node, Kind.DECLARED_TYPE); // declare ... end, declare enum ... end
        }
        return new GeneratedClass(node, Kind.FOREIGN);
    }

    String name() {
        return node.name;
    }

    /** The class's own name without its package: {@code LambdaConsequence1A2B…}. */
    String simpleName() {
        return name().substring(name().lastIndexOf('/') + 1);
    }
}
