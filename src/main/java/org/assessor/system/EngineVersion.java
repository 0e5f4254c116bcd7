package org.assessor.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this program, recorded with every output so a result can be traced to the engine. */
public final class EngineVersion {
    private static final String VERSION = read();

    private EngineVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("/assessor-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("engine.version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
