package org.assessor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Recursion among the module's own methods (a DRL function calling itself, or two calling each other). */
final class CallCycles {
    private record Method(String owner, String name, String desc) {
    }

    private final Map<Method, List<Method>> calls = new HashMap<>();
    private final Set<Method> done = new HashSet<>();
    private final Set<Method> onPath = new HashSet<>();
    private final List<CodeFinding> findings = new ArrayList<>();

    private CallCycles() {
    }

    static List<CodeFinding> find(Map<String, GeneratedClass> module) {
        CallCycles cycles = new CallCycles();
        for (GeneratedClass generated : module.values()) {
            for (MethodNode method : generated.node().methods) {
                List<Method> callees = new ArrayList<>();
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof MethodInsnNode call && module.containsKey(call.owner)) {
                        callees.add(new Method(call.owner, call.name, call.desc));
                    }
                }
                cycles.calls.put(new Method(generated.name(), method.name, method.desc), callees);
            }
        }
        new ArrayList<>(cycles.calls.keySet()).forEach(cycles::visit);
        return cycles.findings;
    }

    private void visit(Method method) {
        if (done.contains(method)) {
            return;
        }
        onPath.add(method);
        for (Method callee : calls.getOrDefault(method, List.of())) {
            if (onPath.contains(callee)) {
                findings.add(new CodeFinding(callee.owner(), callee.name(), callee.name(),
                        callee.name() + " calls itself, directly or through another function: rule code may not recurse"));
            } else {
                visit(callee);
            }
        }
        onPath.remove(method);
        done.add(method);
    }
}
