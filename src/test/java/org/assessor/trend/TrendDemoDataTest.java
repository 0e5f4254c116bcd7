package org.assessor.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.assessor.Projects;
import org.assessor.output.RatingsCsv;
import org.assessor.rating.RatingService.Run;
import org.junit.jupiter.api.Test;

/** The demo years in src/test/resources/trend are what the engine gives today (see the README there). */
class TrendDemoDataTest {
    private static final Path DEMO = Path.of("src/test/resources/trend");

    @Test
    void eachDemoYearIsTheEnginesRatingOfThePublishedInputs() throws IOException {
        assertSame(Projects.rate("star-ratings-2003-04", Projects.PUBLISHED_2003_04), "2003-04");
        assertSame(Projects.rate("star-ratings-2004-05", Projects.PUBLISHED_2003_04), "2004-05");
        assertSame(Projects.rate("star-ratings-2004-05", Projects.PUBLISHED_2003_04, Map.of(
                "key_target_points.data_not_returned", "3", "star_rating.pass.three_star_min_score.pct", "8")), "2005-06-whatif");
    }

    private static void assertSame(Run run, String year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RatingsCsv.write(run.methodology(), run.ratings(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).as(year)
                .isEqualTo(Files.readString(DEMO.resolve(year).resolve("ratings.csv")));
    }
}
