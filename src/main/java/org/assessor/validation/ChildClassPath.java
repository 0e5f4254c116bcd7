package org.assessor.validation;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;

/**
 * How to start a class of this program in a child JVM: on the class path this JVM has (the extracted
 * application, an IDE, the test runner), or, inside the packaged Spring Boot jar, through its launcher,
 * which is what knows how to read the jars nested in it.
 */
final class ChildClassPath {
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private ChildClassPath() {
    }

    /** The arguments after the JVM options that run {@code mainClass}. */
    static List<String> arguments(String mainClass) {
        String classPath = System.getProperty("java.class.path");
        if (isBootJar(classPath)) {
            return List.of("-Dloader.main=" + mainClass, "-cp", classPath, BOOT_LAUNCHER);
        }
        return List.of("-cp", classPath, mainClass);
    }

    private static boolean isBootJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
