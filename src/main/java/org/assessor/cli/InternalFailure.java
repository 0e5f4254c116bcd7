package org.assessor.cli;

import org.assessor.system.Shown;

/**
 * An internal error in one line for a bug report: what failed and where in our code, never a stack
 * trace (the user can do nothing with one, and it may print values from their files at length).
 */
final class InternalFailure {
    private InternalFailure() {
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder text = new StringBuilder(root.getClass().getSimpleName());
        if (root.getMessage() != null) {
            text.append(": ").append(Shown.escaped(cut(root.getMessage().strip().lines().findFirst().orElse(""))));
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("org.assessor.")) {
                text.append(" (at ").append(frame.getClassName().substring("org.assessor.".length())).append('.')
                        .append(frame.getMethodName()).append(':').append(frame.getLineNumber()).append(')');
                break;
            }
        }
        return text.toString();
    }

    /** Whether the failure is the heap running out: not a bug of ours, and the user can give it more. */
    static boolean outOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String message) {
        return message.length() <= 2 * Shown.MAX ? message : message.substring(0, 2 * Shown.MAX) + "…";
    }
}
