package org.assessor.archive;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the archive is: a JDBC URL and its credentials. Each comes from a system property
 * ({@code assessor.archive.url}, {@code .user}, {@code .password}), else the environment
 * ({@code ASSESSOR_ARCHIVE_URL}, {@code _USER}, {@code _PASSWORD}), else the default: an H2 file under
 * {@code <home>/archive/}, which needs nothing installed.
 */
public record ArchiveLocation(String url, String user, String password) {
    /** H2 makes the user that creates a file database its owner, so the CLI and the web application share one. */
    static final String H2_USER = "sa";

    public static ArchiveLocation configured(Path home) {
        String url = setting("url");
        if (url == null) {
            ArchiveLocation h2 = h2(home.resolve("archive"));
            return new ArchiveLocation(h2.url, orDefault(setting("user"), h2.user), orDefault(setting("password"), h2.password));
        }
        // an H2 file gets the web application's default user too, so both can open what either created
        String user = setting("user") == null && url.startsWith("jdbc:h2:") ? H2_USER : setting("user");
        return new ArchiveLocation(url, user, setting("password"));
    }

    /**
     * An H2 file database in {@code folder}. AUTO_SERVER lets a second process (the CLI while the web
     * application runs) open the same file instead of failing on its lock, through a server on loopback
     * ({@link H2AutoServer}); DB_CLOSE_DELAY keeps it open between connections, since opening the file
     * costs far more than a query.
     */
    public static ArchiveLocation h2(Path folder) {
        return new ArchiveLocation("jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("assessor")
                + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1", H2_USER, "");
    }

    Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    private static String setting(String name) {
        String value = System.getProperty("assessor.archive." + name);
        if (value == null) {
            value = System.getenv("ASSESSOR_ARCHIVE_" + name.toUpperCase(java.util.Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    /** How messages name the archive: {@link #describe(String)}, never the URL, its settings or credentials. */
    @Override
    public String toString() {
        return describe(url);
    }

    /**
     * "the run archive at /home/ann/assessor/archive/assessor" for an H2 file, "the run archive at
     * db.example:5432/assessor (PostgreSQL)" for a server: where it is, without the connection string's
     * settings and parameters (which may hold a user or password) or the user.
     */
    public static String describe(String url) {
        if (url == null) {
            return "the run archive";
        }
        if (url.startsWith("jdbc:h2:file:")) {
            return "the run archive at " + before(url.substring("jdbc:h2:file:".length()), ';');
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return "the run archive in memory";
        }
        if (url.startsWith("jdbc:postgresql://")) {
            String place = before(before(url.substring("jdbc:postgresql://".length()), '?'), ';');
            return "the run archive at " + place.substring(place.indexOf('@') + 1) + " (PostgreSQL)";
        }
        String[] scheme = url.split(":", 3);
        return "the run archive (a " + (scheme.length > 1 ? scheme[1] : "JDBC") + " database)";
    }

    private static String before(String text, char end) {
        int at = text.indexOf(end);
        return at < 0 ? text : text.substring(0, at);
    }
}
