package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assessor.rules.GeneratedClass.Kind;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Checks one generated class: its shape ({@link ClassShape}) and every instruction of every method against
 * {@link AllowedMembers}: calls, field accesses, types, constants, invokedynamic bootstraps and method
 * handles; no backward jump (a loop), no monitor, no array sized by the caller, no exception handler that
 * could swallow the engine's errors.
 */
final class ClassCheck {
    /** The DRL word behind a model-building call, where it is not the call's own name. */
    private static final Map<String, String> DSL_WORDS = Map.of("globalOf", "global", "query", "query", "entryPoint", "entry-point");
    /** The largest constant-sized array rule code may make (varargs, List.of): anything larger is a loop in disguise. */
    private static final int LARGEST_ARRAY = 256;

    private final AllowedMembers allowed;
    private final Map<String, GeneratedClass> module;
    private final Set<String> functions;
    private final GeneratedClass checked;
    private final List<CodeFinding> findings = new ArrayList<>();
    private MethodNode method;

    private ClassCheck(AllowedMembers allowed, Map<String, GeneratedClass> module, Set<String> functions, GeneratedClass checked) {
        this.allowed = allowed;
        this.module = module;
        this.functions = functions;
        this.checked = checked;
    }

    /** @param functions the names of the DRL functions: Drools puts them in a model class, but they are rule code */
    static List<CodeFinding> check(AllowedMembers allowed, Map<String, GeneratedClass> module, Set<String> functions,
                                   GeneratedClass checked) {
        ClassCheck check = new ClassCheck(allowed, module, functions, checked);
        check.findings.addAll(ClassShape.check(allowed, checked));
        for (MethodNode method : checked.node().methods) {
            check.method = method;
            check.method();
        }
        return check.findings;
    }

    private void method() {
        handlers();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call) {
                call(call);
            } else if (insn instanceof FieldInsnNode field) {
                field(field);
            } else if (insn instanceof TypeInsnNode type) {
                type(type);
            } else if (insn instanceof IntInsnNode && insn.getOpcode() == Opcodes.NEWARRAY) {
                arraySize(insn);
            } else if (insn instanceof LdcInsnNode ldc) {
                constant(ldc.cst);
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                dynamic(indy);
            } else if (insn instanceof JumpInsnNode jump) {
                forward(insn, jump.label);
            } else if (insn instanceof TableSwitchInsnNode table) {
                forward(insn, table.dflt);
                table.labels.forEach(label -> forward(insn, label));
            } else if (insn instanceof LookupSwitchInsnNode lookup) {
                forward(insn, lookup.dflt);
                lookup.labels.forEach(label -> forward(insn, label));
            } else {
                other(insn);
            }
        }
    }

    private void call(MethodInsnNode call) {
        GeneratedClass own = owner(call.owner, call.name, call.desc, true);
        if (own != null) {
            return;
        }
        String owner = declaringOwner(call.owner, call.name, call.desc);
        if (!allowed.method(owner, call.name, call.desc, alsoAllowed())) {
            String token = call.name.equals("<init>") ? simple(owner) : DSL_WORDS.getOrDefault(call.name, call.name);
            found(token, dotted(owner) + "." + call.name + ": rule code may not call it");
        }
    }

    private void field(FieldInsnNode field) {
        int op = field.getOpcode();
        GeneratedClass own = owner(field.owner, field.name, field.desc, false);
        if (own != null) {
            boolean initialising = own == checked && (op == Opcodes.PUTSTATIC ? method.name.equals("<clinit>")
                    : method.name.equals("<init>") || checked.kind() == Kind.DECLARED_TYPE);
            if ((op == Opcodes.PUTSTATIC || op == Opcodes.PUTFIELD) && !initialising) {
                found(field.name, "writes " + field.name + " outside its initialiser: rule code may not keep state"
                        + " between firings or ratings");
            }
        } else if (op != Opcodes.GETSTATIC || !allowed.field(field.owner, field.name)) {
            found(field.name, dotted(field.owner) + "." + field.name + ": rule code may not "
                    + (op == Opcodes.GETSTATIC || op == Opcodes.GETFIELD ? "read" : "write") + " it");
        }
    }

    private void type(TypeInsnNode insn) {
        String type = insn.desc.startsWith("[") ? Type.getType(insn.desc).getElementType().getInternalName() : insn.desc;
        if (Type.getObjectType(insn.desc).getSort() == Type.ARRAY && Type.getType(insn.desc).getElementType().getSort() != Type.OBJECT) {
            return;
        }
        if (!module.containsKey(type) && !allowed.knownType(type)) {
            found(simple(type), dotted(type) + ": rule code may not use this type");
        }
        if (insn.getOpcode() == Opcodes.ANEWARRAY) {
            arraySize(insn);
        }
    }

    private void constant(Object value) {
        if (value instanceof Type type && type.getSort() == Type.OBJECT && !module.containsKey(type.getInternalName())
                && !allowed.knownType(type.getInternalName())) {
            found(simple(type.getInternalName()), dotted(type.getInternalName()) + ": rule code may not use this type");
        } else if (value instanceof Handle || value instanceof org.objectweb.asm.ConstantDynamic
                || value instanceof Type type && type.getSort() == Type.METHOD) {
            found(null, "a method handle or dynamic constant: reflection is not allowed in rule code");
        }
    }

    private void dynamic(InvokeDynamicInsnNode indy) {
        Handle bootstrap = indy.bsm;
        if (allowed.method(bootstrap.getOwner(), bootstrap.getName(), bootstrap.getDesc(), null)) {
            return;
        }
        boolean lambda = bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory") && bootstrap.getName().equals("metafactory");
        if (lambda && model() && indy.bsmArgs.length == 3 && indy.bsmArgs[1] instanceof Handle target
                && allowed.lambdaTarget(target.getOwner(), target.getName())) {
            return;
        }
        found(lambda ? "->" : indy.name, lambda ? "lambda expressions and method references are not allowed in rule code"
                : "invokedynamic through " + dotted(bootstrap.getOwner()) + "." + bootstrap.getName() + " is not allowed");
    }

    private void arraySize(AbstractInsnNode insn) {
        AbstractInsnNode size = Instructions.previous(insn);
        if (Instructions.copiesAnArray(size)) {
            return;
        }
        Integer constant = size == null ? null : Instructions.intConstant(size);
        if (constant == null || constant > LARGEST_ARRAY) {
            found("new", "an array whose size the code computes (or larger than " + LARGEST_ARRAY
                    + "): rule code may not choose how much memory it takes");
        }
    }


    private void forward(AbstractInsnNode insn, LabelNode target) {
        if (method.instructions.indexOf(target) < method.instructions.indexOf(insn)) {
            found(loopWord(), "a loop: rule code may not loop (aggregate with accumulate, collect or forall instead)");
        }
    }

    private void other(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op == Opcodes.MONITORENTER || op == Opcodes.MONITOREXIT) {
            found("synchronized", "a synchronized block: rule code may not take locks");
        } else if (op == Opcodes.JSR || op == Opcodes.RET || insn.getType() == AbstractInsnNode.MULTIANEWARRAY_INSN) {
            found("new", "an instruction generated rule code never needs");
        }
    }

    /** Exception handlers: only the one Drools wraps a DRL function's body in (catch Exception, rethrow it wrapped). */
    private void handlers() {
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            if (!"java/lang/Exception".equals(block.type) || !Instructions.wrapsAndRethrows(block.handler)) {
                found("catch", "an exception handler: rule code may not catch exceptions (it would hide the engine's errors)");
            }
        }
    }

    /** The module's class that declares (or inherits within the module) this member, or null when it is outside. */
    private GeneratedClass owner(String owner, String name, String desc, boolean isMethod) {
        GeneratedClass own = module.get(owner);
        while (own != null) {
            var node = own.node();
            boolean declared = isMethod ? node.methods.stream().anyMatch(m -> m.name.equals(name) && m.desc.equals(desc))
                    : node.fields.stream().anyMatch(f -> f.name.equals(name));
            if (declared) {
                return own;
            }
            own = module.get(node.superName);
        }
        return null;
    }

    /** For a member reached through a module class but declared above it (Enum.name, Object.getClass), that class. */
    private String declaringOwner(String owner, String name, String desc) {
        GeneratedClass own = module.get(owner);
        String current = owner;
        while (own != null) {
            current = own.node().superName;
            own = module.get(current);
        }
        return current;
    }

    /** Whether the method being checked builds the rule model (and may use its DSL), rather than being rule code. */
    private boolean model() {
        return checked.kind() == Kind.MODEL && !functions.contains(method.name);
    }

    /** What the method being checked may use beyond rule code: the model's DSL, or what declared types' methods need. */
    private AllowedMembers.Section alsoAllowed() {
        return model() ? AllowedMembers.Section.MODEL
                : checked.kind() == Kind.DECLARED_TYPE ? AllowedMembers.Section.DECLARED_TYPES : null;
    }

    private String loopWord() {
        return method.name.startsWith("lambda$") ? "->" : "while|for|do";
    }

    private void found(String token, String message) {
        findings.add(new CodeFinding(checked.name(), method == null ? null : method.name, token, message));
    }

    static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    static String simple(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
