package org.assessor.archive;

import java.util.function.Supplier;

/**
 * Runs test code under given archive settings (system properties; null leaves one unset), then puts
 * back the build's own: the build points every test at an archive under target/.
 */
public final class ArchiveSettings {
    private static final String[] NAMES = {"assessor.archive.url", "assessor.archive.user", "assessor.archive.password"};

    private ArchiveSettings() {
    }

    public static <T> T under(String url, String user, String password, Supplier<T> code) {
        String[] values = {url, user, password};
        String[] before = new String[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            before[i] = System.getProperty(NAMES[i]);
            set(NAMES[i], values[i]);
        }
        try {
            return code.get();
        } finally {
            for (int i = 0; i < NAMES.length; i++) {
                set(NAMES[i], before[i]);
            }
        }
    }

    private static void set(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
