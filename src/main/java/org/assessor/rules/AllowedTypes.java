package org.assessor.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What DRL may name: the fact model, the calculations rules call, a few java.lang/java.util/java.math
 * basics, and never the names that reach the process, threads, reflection, files, the network or the
 * engine's internals.
 */
final class AllowedTypes {
    static final String FACTS = "org.assessor.fact";
    /** Bounded, tested calculations (rounding, a bootstrap) that rules call instead of writing algorithms. */
    static final String CALCULATIONS = "org.assessor.calc";

    /** java.lang is imported implicitly and is mostly dangerous, so only these of it are usable. */
    private static final Set<String> BASIC_LANG = Set.of("Object", "String", "StringBuilder", "CharSequence",
            "Math", "StrictMath", "Number", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean",
            "Character", "Comparable", "Iterable", "Enum", "Exception", "RuntimeException",
            "IllegalArgumentException", "IllegalStateException", "ArithmeticException", "NullPointerException",
            "NumberFormatException", "IndexOutOfBoundsException", "UnsupportedOperationException");
    private static final Set<String> PACKAGES = Set.of(FACTS, CALCULATIONS, "java.lang", "java.math", "java.util",
            "java.util.function", "java.util.stream", "java.util.regex");
    /** Roots of the packages on the class path: a lower-case name chain starting with one is a package. */
    static final Set<String> ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org", "net");
    private static final Map<String, String> PACKAGE_REASONS = Map.of("java.io", "file access",
            "java.nio", "file access", "java.net", "network access", "java.lang.reflect", "reflection",
            "java.lang.invoke", "reflection", "java.util.concurrent", "threads", "javax", "JDK extensions",
            "sun", "JDK internals", "jdk", "JDK internals", "com.sun", "JDK internals");
    private static final Map<String, String> FORBIDDEN = new HashMap<>();

    static {
        forbid("reaches the JVM process or its environment", "System", "Runtime", "ProcessBuilder", "Process",
                "ProcessHandle", "exit", "halt", "exec", "getenv", "getProperty", "getProperties", "setProperty",
                "clearProperty", "getInteger", "getLong", "getBoolean", "loadLibrary", "setDefault", "Unsafe",
                "SecurityManager", "StackWalker", "Module", "ModuleLayer", "ScriptEngine", "ScriptEngineManager");
        forbid("starts or controls threads", "Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal",
                "Executors", "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask");
        forbid("reflection or class loading, which can reach any class", "Class", "class", "ClassLoader",
                "classLoader", "forName", "getClass", "getClassLoader", "getContextClassLoader",
                "getDeclaringClass", "declaringClass", "Method", "Field", "Constructor", "invoke", "invokeExact",
                "setAccessible", "MethodHandles", "MethodHandle", "Proxy", "newInstance", "defineClass",
                "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
                "getDeclaredField", "getDeclaredFields", "getConstructor", "getDeclaredConstructor", "getModule",
                "getResource", "getResourceAsStream", "ServiceLoader", "ResourceBundle");
        forbid("opens files or network connections", "File", "Files", "Path", "Paths", "FileSystems", "Formatter",
                "Scanner", "Properties", "Socket", "ServerSocket", "URL", "URI", "HttpClient", "InetAddress");
        forbid("reaches the engine's internals (consequences may only insert, insertLogical, modify, update,"
                + " delete or retract)", "drools", "kcontext", "channels", "kieRuntime", "getKieRuntime");
    }

    private AllowedTypes() {
    }

    private static void forbid(String why, String... names) {
        for (String name : names) {
            FORBIDDEN.put(name, why);
        }
    }

    /** Why a name may not appear anywhere in code, or null when it may. */
    static String forbidden(String name) {
        return FORBIDDEN.get(name);
    }

    /** A qualified type name such as {@code java.util.List} or {@code org.assessor.fact.Result.Kind}. */
    static boolean typeAllowed(String qualified) {
        String[] parts = qualified.split("\\.");
        int type = 0;
        while (type < parts.length && !(!parts[type].isEmpty() && Character.isUpperCase(parts[type].charAt(0)))) {
            type++;
        }
        if (type == parts.length || type == 0) {
            return false;
        }
        String pkg = String.join(".", List.of(parts).subList(0, type));
        if (pkg.equals("java.lang")) {
            return BASIC_LANG.contains(parts[type]);
        }
        return PACKAGES.contains(pkg) && !FORBIDDEN.containsKey(parts[type]);
    }

    /** {@code a.b.Type}, or {@code a.b.*} of an allowed package. */
    static boolean importAllowed(String target) {
        return target.endsWith(".*") ? PACKAGES.contains(target.substring(0, target.length() - 2))
                : typeAllowed(target);
    }

    /** {@code a.b.Type.member} or {@code a.b.Type.*} of an allowed type, the member not a forbidden name. */
    static boolean staticImportAllowed(String target) {
        return typeAllowed(target) && !FORBIDDEN.containsKey(target.substring(target.lastIndexOf('.') + 1));
    }

    /** A lower-case chain ({@code java.util} of an import on demand, a package statement) names an allowed package. */
    static boolean packageAllowed(String chain) {
        return PACKAGES.stream().anyMatch(p -> p.equals(chain) || p.startsWith(chain + "."));
    }

    /** A simple name that an import on demand of {@code pkg} would make visible, if that is allowed. */
    static boolean resolves(String pkg, String name) {
        return typeAllowed(pkg + "." + name) && exists(pkg + "." + name);
    }

    static boolean exists(String qualified) {
        try {
            // only looks the class up, never initialises it
            Class.forName(qualified, false, AllowedTypes.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static String reason(String qualified) {
        for (Map.Entry<String, String> entry : PACKAGE_REASONS.entrySet()) {
            if (qualified.equals(entry.getKey()) || qualified.startsWith(entry.getKey() + ".")) {
                return entry.getValue() + " is not allowed";
            }
        }
        return "only the fact model (" + FACTS + "), the calculations (" + CALCULATIONS
                + ") and java.lang/java.util/java.math basics may be used";
    }
}
