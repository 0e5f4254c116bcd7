package org.assessor.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SyntheticInputTest {
    @TempDir
    Path temp;

    /** The bundled demo sets and the options they were made with (data/synthetic/README.md). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"annual-health-check-2005-06, 400, 2005", "annual-health-check-2006-07, 394, 2006"})
    void theBundledDemoSetsAreRegeneratedByteForByte(String id, int trusts, long seed) throws IOException {
        byte[] bundled = Files.readAllBytes(Projects.HOME.resolve("data/synthetic/" + id + ".csv"));

        assertThat(bytes(id, trusts, seed)).isEqualTo(bundled);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws IOException {
        assertThat(bytes("annual-health-check-2006-07", 50, 7)).isEqualTo(bytes("annual-health-check-2006-07", 50, 7))
                .isNotEqualTo(bytes("annual-health-check-2006-07", 50, 8));
    }

    @Test
    void trustsAreLabelledSyntheticAndSplitBetweenSectorsByTheirShares() {
        Methodology methodology = Projects.SERVICE.methodologies().load("annual-health-check-2006-07");

        List<List<String>> rows = new SyntheticInput(methodology).rows(100, 1);

        assertThat(rows).extracting(row -> row.get(0)).startsWith("Synthetic Trust 0001", "Synthetic Trust 0002")
                .endsWith("Synthetic Trust 0100").allMatch(name -> name.startsWith(SyntheticInput.NAME_PREFIX));
        Map<String, Long> bySector = rows.stream().collect(Collectors.groupingBy(row -> row.get(1), Collectors.counting()));
        assertThat(bySector).containsEntry("acute", 36L).containsEntry("specialist", 4L).containsEntry("ambulance", 4L)
                .containsEntry("mental_health", 15L).containsEntry("pct", 41L);
    }

    @Test
    void aColumnOfAnotherSectorIsLeftBlankAndAttributesComeFromTheirDomains() {
        Methodology methodology = Projects.SERVICE.methodologies().load("annual-health-check-2006-07");
        SyntheticInput input = new SyntheticInput(methodology);
        List<String> header = input.header();

        List<List<String>> rows = input.rows(100, 3);

        List<String> pct = rows.stream().filter(row -> row.get(1).equals("pct")).findFirst().orElseThrow();
        assertThat(pct.get(header.indexOf("foundation_trust"))).isEmpty();
        assertThat(pct.get(header.indexOf("access_gp_48_hours"))).isNotEmpty();
        assertThat(rows).extracting(row -> row.get(header.indexOf("region")))
                .allMatch(region -> methodology.config().domains().get("strategic_health_authority").values().containsKey(region));
        assertThat(header).startsWith("organisation", "sector", "region", "reconfigured");
    }

    /** Every methodology with a wide input of listed values (not the Oversight Framework's long files of numbers). */
    static Stream<String> methodologies() {
        return Projects.SERVICE.methodologies().ids().stream()
                .filter(id -> Projects.SERVICE.methodologies().load(id).config().inputFormat() == null);
    }

    @Test
    void aMethodologyReadFromLongFilesOfNumbersIsRefusedWithTheReason() {
        Methodology oversight = Projects.SERVICE.methodologies().load("oversight-framework-2025-26");

        assertThatThrownBy(() -> new SyntheticInput(oversight)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("reads long input files; generate writes the wide layout");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methodologies")
    void everyMethodologyReadsAndRatesItsSyntheticInput(String id) throws IOException {
        Path file = temp.resolve(id + ".csv");
        Files.write(file, bytes(id, 60, 11));
        Methodology methodology = Projects.SERVICE.methodologies().load(id);

        List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(file);
        List<Rating> ratings = new Assessor().rate(Projects.SERVICE.rules(methodology), assessments);

        assertThat(ratings).hasSize(60).allSatisfy(rating -> assertThat(rating.value()).isNotNull());
    }

    private static byte[] bytes(String id, int trusts, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticInput(Projects.SERVICE.methodologies().load(id)).write(trusts, seed, out);
        return out.toByteArray();
    }
}
