package org.assessor;

import java.nio.file.Path;

import org.assessor.methodology.Methodologies;
import org.assessor.rating.RatingService;

/** The project's own methodologies and data, shared by tests so each methodology compiles once per run. */
public final class Projects {
    public static final Path HOME = Path.of("").toAbsolutePath();
    public static final Path PUBLISHED_2003_04 = HOME.resolve("data/star-ratings-2003-04-published.csv");
    public static final RatingService SERVICE = new RatingService(new Methodologies(HOME));

    private Projects() {
    }
}
