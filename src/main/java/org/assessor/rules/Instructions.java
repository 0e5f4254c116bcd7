package org.assessor.rules;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/** Reading bytecode instructions around one another, past labels, line numbers and frames. */
final class Instructions {
    private static final String WRAPPING_EXCEPTION = "java/lang/RuntimeException";

    private Instructions() {
    }

    static AbstractInsnNode previous(AbstractInsnNode insn) {
        AbstractInsnNode previous = insn.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        return previous;
    }

    static AbstractInsnNode next(AbstractInsnNode insn) {
        AbstractInsnNode next = insn.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext();
        }
        return next;
    }

    /** The int an instruction pushes as a constant, or null when it is not one. */
    static Integer intConstant(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
            return op - Opcodes.ICONST_0;
        }
        if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
            return ((IntInsnNode) insn).operand;
        }
        return insn instanceof LdcInsnNode ldc && ldc.cst instanceof Integer value ? value : null;
    }

    /** {@code length; dup; istore} before an array: an enum's values() sizing its copy by the array it copies. */
    static boolean copiesAnArray(AbstractInsnNode size) {
        AbstractInsnNode dup = size == null || size.getOpcode() != Opcodes.ISTORE ? null : previous(size);
        AbstractInsnNode length = dup == null || dup.getOpcode() != Opcodes.DUP ? null : previous(dup);
        return length != null && length.getOpcode() == Opcodes.ARRAYLENGTH;
    }

    /** The handler Drools wraps a DRL function's body in: store the exception, wrap it in a RuntimeException, throw. */
    static boolean wrapsAndRethrows(LabelNode handler) {
        int[] shape = {Opcodes.ASTORE, Opcodes.NEW, Opcodes.DUP, Opcodes.ALOAD, Opcodes.INVOKESPECIAL, Opcodes.ATHROW};
        AbstractInsnNode insn = handler;
        for (int op : shape) {
            insn = next(insn);
            if (insn == null || insn.getOpcode() != op
                    || insn instanceof TypeInsnNode type && !type.desc.equals(WRAPPING_EXCEPTION)
                    || insn instanceof MethodInsnNode call && !(call.owner.equals(WRAPPING_EXCEPTION)
                    && call.desc.equals("(Ljava/lang/Throwable;)V"))) {
                return false;
            }
        }
        return true;
    }
}
