package org.assessor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.generate.SyntheticInput;
import org.assessor.methodology.Methodology;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attributes are kept on the assessment, not rated; an attribute with a domain must be blank or one of its values. */
class AttributeValuesTest {
    private static final Methodology HEALTH_CHECK = Projects.SERVICE.methodologies().load("annual-health-check-2006-07");

    @TempDir
    Path temp;

    @Test
    void attributesAreKeptAsTheirDomainIdsAndMayBeBlank() throws IOException {
        Path file = input("london", "");

        List<AssessmentInputs> assessments = new AssessmentReader(HEALTH_CHECK).read(file);

        assertThat(assessments.get(0).assessment().getAttributes()).containsEntry("region", "london").containsEntry("reconfigured", "");
    }

    @Test
    void anAttributeValueOutsideItsDomainIsAProblemWithItsLineAndColumn() throws IOException {
        Path file = input("Atlantis", "maybe");

        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> new AssessmentReader(HEALTH_CHECK).read(file));

        assertThat(problem.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message()).containsExactly(
                "2:3 invalid value 'Atlantis'; allowed: blank, north_east, north_west, yorkshire_and_the_humber, east_midlands, "
                        + "west_midlands, east_of_england, london, south_east_coast, south_central, south_west",
                "2:4 invalid value 'maybe'; allowed: blank, no, yes");
    }

    /** One synthetic trust with the region and reconfigured cells replaced. */
    private Path input(String region, String reconfigured) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticInput(HEALTH_CHECK).write(1, 1, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> cells = new ArrayList<>(List.of(lines.get(1).split(",", -1)));
        cells.set(2, region);
        cells.set(3, reconfigured);
        Path file = temp.resolve("input.csv");
        Files.write(file, List.of(lines.get(0), String.join(",", cells)));
        return file;
    }
}
