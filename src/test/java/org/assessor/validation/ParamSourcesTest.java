package org.assessor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.MethodologyCopy;
import org.assessor.Projects;
import org.assessor.fact.Param;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyDocs;
import org.assessor.methodology.Reference;
import org.assessor.system.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every parameter's reference leads to a section of the methodology's specification in
 * {@code docs/methodologies/}; a reference that does not is an error at its line, saying what is there.
 */
class ParamSourcesTest {
    private static final String HIGH = "docs/methodologies/star-ratings-2003-04.md#balanced-scorecard;";

    @TempDir
    Path home;

    @Test
    void everyParameterReferenceOfEveryProjectMethodologyResolvesToASectionOfItsSpecification() {
        Methodologies methodologies = new Methodologies(Projects.HOME);
        int references = 0;
        for (String id : methodologies.ids()) {
            Methodology methodology = methodologies.load(id);
            assertThat(Projects.HOME.resolve(MethodologyDocs.FOLDER).resolve(id + ".md")).as(id + " has its specification").isRegularFile();

            List<Problem> problems = ParamSources.check(Projects.HOME, methodology, ConfigPlaces.of(methodologies.loader(), id));

            assertThat(problems).as(id).isEmpty();
            assertThat(methodology.params()).as(id).isNotEmpty();
            for (Param param : methodology.params()) {
                Reference reference = Reference.parse(param.reference());
                assertThat(MethodologyDocs.anchors(Projects.HOME, reference.file())).as(param.name()).containsKey(reference.section());
                assertThat(reference.citation()).as(param.name()).isNotBlank();
                references++;
            }
        }
        assertThat(references).isGreaterThan(200);
    }

    @Test
    void aReferenceNotOfTheFormIsAnErrorAtItsLineNamingTheForm() {
        Problem problem = onlyProblem(MethodologyCopy.starRatings("loose-reference").yaml(HIGH, "spec step 2, see"));

        assertThat(problem.at()).isEqualTo("parameters.focus_area_points.high.reference");
        assertThat(problem.line()).isEqualTo(MethodologyCopy.lineOf(home, "methodology-configs/loose-reference.yaml", "spec step 2, see"));
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).startsWith("reference 'spec step 2, see NHS performance ratings")
                .contains("is not of the form docs/methodologies/FILE.md#SECTION; CITATION");
    }

    @Test
    void aReferenceToASectionTheFileDoesNotHaveListsItsSections() {
        Problem problem = onlyProblem(MethodologyCopy.starRatings("missing-section")
                .yaml(HIGH, "docs/methodologies/star-ratings-2003-04.md#step-2;"));

        assertThat(problem.at()).isEqualTo("parameters.focus_area_points.high.reference");
        assertThat(problem.message()).isEqualTo("reference 'docs/methodologies/star-ratings-2003-04.md#step-2': "
                + "docs/methodologies/star-ratings-2003-04.md has no section 'step-2'; its sections are #star-ratings-200304, "
                + "#sources, #confidence, #sectors-and-inputs, #key-target-points, #key-target-summary, #balanced-scorecard, "
                + "#star-rating, #clinical-governance, #published-totals");
    }

    @Test
    void aReferenceToAFileThatIsNotThereNamesTheFilesThatAre() throws Exception {
        MethodologyCopy copy = MethodologyCopy.starRatings("missing-file").yaml(HIGH, "docs/methodologies/star-ratings.md#balanced-scorecard;");
        copy.writeTo(home);
        try (var docs = Files.list(home.resolve(MethodologyDocs.FOLDER))) {
            for (Path doc : docs.filter(d -> !d.getFileName().toString().startsWith("star-ratings-2003-04")).toList()) {
                Files.delete(doc);
            }
        }

        Problem problem = onlyProblemOf(copy);

        assertThat(problem.message()).isEqualTo("reference 'docs/methodologies/star-ratings.md#balanced-scorecard': there is no file "
                + "docs/methodologies/star-ratings.md in " + home + "; documented: star-ratings-2003-04.md");
    }

    @Test
    void aReferenceCannotLeaveTheDocsFolder() {
        assertThat(Reference.parse("docs/methodologies/../../etc/passwd.md#x; a citation")).isNull();
        assertThat(Reference.parse("docs/methodologies/a.md#x")).as("a citation is required").isNull();
        assertThat(Reference.parse("docs/methodologies/a.md#key-targets; HC 2004, p. 12"))
                .isEqualTo(new Reference("a.md", "key-targets", "HC 2004, p. 12"));
    }

    private Problem onlyProblem(MethodologyCopy copy) {
        copy.writeTo(home);
        return onlyProblemOf(copy);
    }

    /** The one problem of a copy already written into the home. */
    private Problem onlyProblemOf(MethodologyCopy copy) {
        Methodologies methodologies = new Methodologies(home);
        List<Problem> problems = ParamSources.check(home, methodologies.load(copy.id()), ConfigPlaces.of(methodologies.loader(), copy.id()));
        assertThat(problems).as(problems.toString()).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(home.resolve("methodology-configs").resolve(copy.id() + ".yaml").toString());
        return problems.get(0);
    }
}
