package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;

import org.assessor.rules.GeneratedClass.Kind;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * A generated class's shape: one Drools generates for rules, in the methodology's package, extending only
 * Object or Enum and implementing only the model's interfaces, with no finalizer, no native or synchronized
 * method, and (outside declared types) no toString, equals or hashCode of its own: no code that runs outside
 * a rating, when the garbage collector or a printer decides.
 */
final class ClassShape {
    private static final List<String> OWN_SUPERS = List.of("java/lang/Object", "java/lang/Enum");
    private static final List<String> OBJECT_METHODS = List.of("toString", "equals", "hashCode", "compareTo");

    private ClassShape() {
    }

    static List<CodeFinding> check(AllowedMembers allowed, GeneratedClass checked) {
        var node = checked.node();
        List<CodeFinding> findings = new ArrayList<>();
        if (checked.kind() == Kind.FOREIGN) {
            findings.add(found(checked, null, "class " + ClassCheck.dotted(node.name) + " is not one Drools generates for rules:"
                    + " anonymous and local classes, inline accumulate code and packages other than the methodology's are not allowed"));
        }
        if (!OWN_SUPERS.contains(node.superName)) {
            findings.add(found(checked, ClassCheck.simple(node.superName), "class " + ClassCheck.dotted(node.name) + " extends "
                    + ClassCheck.dotted(node.superName) + ": generated classes may only extend Object or Enum"));
        }
        for (String implemented : node.interfaces) {
            if (!allowed.implementable(implemented)) {
                findings.add(found(checked, ClassCheck.simple(implemented), "class " + ClassCheck.dotted(node.name) + " implements "
                        + ClassCheck.dotted(implemented) + ", which rule code may not implement"));
            }
        }
        for (MethodNode method : node.methods) {
            if (method.name.equals("finalize")) {
                findings.add(found(checked, "finalize", "a finalizer runs outside any rating, when the garbage collector decides: not allowed"));
            } else if ((method.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_SYNCHRONIZED)) != 0) {
                findings.add(found(checked, method.name, method.name + " is native or synchronized: not allowed"));
            } else if (checked.kind() != Kind.DECLARED_TYPE && OBJECT_METHODS.contains(method.name)) {
                findings.add(found(checked, method.name, method.name + " is overridden: code that runs when a value is printed or"
                        + " compared is not allowed"));
            }
        }
        return findings;
    }

    private static CodeFinding found(GeneratedClass checked, String token, String message) {
        return new CodeFinding(checked.name(), null, token, message);
    }
}
