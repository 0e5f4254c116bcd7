package org.assessor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ChangedPathsTest {
    private static final Path HOME = Path.of("/srv/assessor");
    private final ChangedPaths paths = new ChangedPaths(HOME);

    @Test
    void aRuleFileBelongsToTheMethodologyNamedByItsFolder() {
        assertThat(paths.methodologyOf(HOME.resolve("rules/star-ratings-2003-04/3-star-rating.drl"))).hasValue("star-ratings-2003-04");
        assertThat(paths.methodologyOf(HOME.resolve("rules/star-ratings-2003-04/more/extra.drl"))).hasValue("star-ratings-2003-04");
    }

    @Test
    void aRulesFolderCreatedOrRemovedBelongsToItsMethodology() {
        assertThat(paths.methodologyOf(HOME.resolve("rules/oversight-framework-2025-26"))).hasValue("oversight-framework-2025-26");
    }

    @Test
    void theConfigurationAndTheCasesBelongToTheMethodologyTheyName() {
        assertThat(paths.methodologyOf(HOME.resolve("methodology-configs/star-ratings-2003-04.yaml"))).hasValue("star-ratings-2003-04");
        assertThat(paths.methodologyOf(HOME.resolve("methodology-configs/star-ratings-2003-04.tests.yaml"))).hasValue("star-ratings-2003-04");
    }

    @Test
    void editorSwapAndBackupFilesBelongToNoMethodology() {
        assertThat(paths.methodologyOf(HOME.resolve("rules/star-ratings-2003-04/.3-star-rating.drl.swp"))).isEmpty();
        assertThat(paths.methodologyOf(HOME.resolve("rules/star-ratings-2003-04/3-star-rating.drl~"))).isEmpty();
        assertThat(paths.methodologyOf(HOME.resolve("methodology-configs/.#star-ratings-2003-04.yaml"))).isEmpty();
        assertThat(paths.methodologyOf(HOME.resolve("methodology-configs/star-ratings-2003-04.yaml~"))).isEmpty();
    }

    @Test
    void filesOutsideTheRulesAndConfigurationFoldersBelongToNoMethodology() {
        assertThat(paths.methodologyOf(HOME.resolve("data/star-ratings-2003-04.yaml"))).isEmpty();
        assertThat(paths.methodologyOf(HOME.resolve("methodology-configs/old/star-ratings-2003-04.yaml"))).isEmpty();
        assertThat(paths.methodologyOf(HOME.resolve("rules"))).isEmpty();
    }
}
