package org.assessor.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.rules.GeneratedClass.Kind;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which rule each generated class and method belongs to. The executable model builds each rule in a
 * method of its own ({@code D.rule(package, name)}) that refers to the rule's constraint and consequence
 * classes; rules with the same expression share one such class.
 */
final class RulesOfClasses {
    private static final String DSL = "org/drools/modelcompiler/dsl/pattern/D";
    private static final Pattern NAMED_AFTER_RULE = Pattern.compile("(.+)Accumulate\\d+");
    private static final Pattern ESCAPED = Pattern.compile("_(\\d{2,3})");

    private final Map<String, Set<String>> byClass = new HashMap<>();
    private final Map<String, String> byMethod = new HashMap<>();

    private RulesOfClasses() {
    }

    static RulesOfClasses of(Map<String, GeneratedClass> module) {
        RulesOfClasses rules = new RulesOfClasses();
        for (GeneratedClass generated : module.values()) {
            if (generated.kind() == Kind.MODEL) {
                generated.node().methods.forEach(method -> rules.read(generated.name(), method, module));
            }
        }
        return rules;
    }

    /**
     * The names of the rules a class (or, for a rule's own method, that method) belongs to. A class nested in
     * a rule's class (an anonymous class in a consequence) belongs to its rules; a class Drools names after a
     * rule (inline accumulate code: {@code Rule_32nameAccumulate14}) to that rule.
     */
    Set<String> of(String className, String method) {
        String rule = byMethod.get(className + "." + method);
        if (rule != null) {
            return Set.of(rule);
        }
        int nested = className.indexOf('$');
        String outer = nested < 0 ? className : className.substring(0, nested);
        if (byClass.containsKey(outer)) {
            return byClass.get(outer);
        }
        Matcher named = NAMED_AFTER_RULE.matcher(outer.substring(outer.lastIndexOf('/') + 1));
        return named.matches() ? Set.of(decode(named.group(1))) : Set.of();
    }

    /** Drools writes a character that cannot be in a Java name as {@code _} and its code: {@code _32} for a space. */
    private static String decode(String name) {
        Matcher code = ESCAPED.matcher(name);
        StringBuilder decoded = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(code.group(1)))));
        }
        return code.appendTail(decoded).toString();
    }

    private void read(String className, MethodNode method, Map<String, GeneratedClass> module) {
        String rule = null;
        Set<String> lambdas = new LinkedHashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof FieldInsnNode field && module.containsKey(field.owner)
                    && module.get(field.owner).kind() == Kind.LAMBDA) {
                lambdas.add(field.owner);
            } else if (insn instanceof MethodInsnNode call && call.owner.equals(DSL) && call.name.equals("rule")
                    && call.desc.startsWith("(Ljava/lang/String;Ljava/lang/String;)")
                    && previous(insn) instanceof LdcInsnNode name && name.cst instanceof String text) {
                rule = text;
            }
        }
        if (rule != null) {
            byMethod.put(className + "." + method.name, rule);
            for (String lambda : lambdas) {
                byClass.computeIfAbsent(lambda, k -> new LinkedHashSet<>()).add(rule);
            }
        }
    }

    private static AbstractInsnNode previous(AbstractInsnNode insn) {
        AbstractInsnNode previous = insn.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        return previous;
    }
}
