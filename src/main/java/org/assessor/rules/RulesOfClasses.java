package org.assessor.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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

    /** The names of the rules a class (or, for a rule's own method, that method) belongs to. */
    Set<String> of(String className, String method) {
        String rule = byMethod.get(className + "." + method);
        return rule != null ? Set.of(rule) : byClass.getOrDefault(className, Set.of());
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
