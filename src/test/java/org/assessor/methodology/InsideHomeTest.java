package org.assessor.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assessor.MethodologyCopy;
import org.assessor.system.ProblemException;
import org.assessor.validation.MethodologyValidator;
import org.assessor.validation.Validation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A methodology is read only from inside its home: a symbolic link under rules/ or methodology-configs/
 * that resolves elsewhere is refused with its place and target, whether it is the rules folder, a rule file,
 * the configuration or the cases; a link that stays inside the home is followed.
 */
class InsideHomeTest {
    private static final String ID = "linked";

    @TempDir
    Path folder;
    Path home;
    Path elsewhere;

    @BeforeEach
    void aHomeAndAFolderOutsideIt() throws IOException {
        home = MethodologyCopy.starRatings(ID).writeTo(folder.resolve("home"));
        elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    }

    @Test
    void aRulesFolderLinkedOutsideTheHomeIsRefused() throws IOException {
        Path rules = home.resolve("rules").resolve(ID);
        Path moved = Files.move(rules, elsewhere.resolve(ID));
        Files.createSymbolicLink(rules, moved);

        assertRefused(rules, moved);
    }

    @Test
    void aRuleFileLinkedOutsideTheHomeIsRefused() throws IOException {
        Path rule = home.resolve("rules").resolve(ID).resolve("3-star-rating.drl");
        Path moved = Files.move(rule, elsewhere.resolve("3-star-rating.drl"));
        Files.createSymbolicLink(rule, moved);

        assertRefused(rule, moved);
    }

    @Test
    void aConfigurationLinkedOutsideTheHomeIsRefused() throws IOException {
        Path config = home.resolve("methodology-configs").resolve(ID + ".yaml");
        Path moved = Files.move(config, elsewhere.resolve(ID + ".yaml"));
        Files.createSymbolicLink(config, moved);

        assertRefused(config, moved);
    }

    @Test
    void casesLinkedOutsideTheHomeAreRefusedByValidation() throws IOException {
        Path cases = home.resolve("methodology-configs").resolve(ID + ".tests.yaml");
        Path moved = Files.move(cases, elsewhere.resolve(ID + ".tests.yaml"));
        Files.createSymbolicLink(cases, moved);

        Validation validation = new MethodologyValidator(new Methodologies(home)).validate(ID);

        assertThat(validation.ok()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(cases.toString());
            assertThat(problem.message()).isEqualTo("a symbolic link that leaves the methodology home (it resolves to "
                    + moved.toRealPath() + "): methodology files must be inside " + home);
        });
    }

    @Test
    void aLinkThatStaysInsideTheHomeIsFollowed() throws IOException {
        Path rules = home.resolve("rules").resolve(ID);
        Path moved = Files.move(rules, home.resolve("rules").resolve("kept-elsewhere-in-the-home"));
        Files.createSymbolicLink(rules, moved);

        assertThat(new Methodologies(home).load(ID).ruleFiles()).hasSize(4);
    }

    private void assertRefused(Path link, Path target) throws IOException {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> new Methodologies(home).load(ID));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(link.toString());
            assertThat(problem.message()).isEqualTo("a symbolic link that leaves the methodology home (it resolves to "
                    + target.toRealPath() + "): methodology files must be inside " + home);
        });
    }
}
