package org.assessor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtensionsTest {
    @TempDir
    Path configs;

    @Test
    void aChangeAffectsTheMethodologyAndEveryMethodologyBuiltOnItParentsFirst() throws IOException {
        config("base", "id: base\n");
        config("child", "id: child\nextends: base\n");
        config("grandchild", "id: grandchild\nextends: child\n");
        config("other", "id: other\n");

        assertThat(new Extensions(configs).affectedBy("base")).containsExactly("base", "child", "grandchild");
        assertThat(new Extensions(configs).affectedBy("child")).containsExactly("child", "grandchild");
        assertThat(new Extensions(configs).affectedBy("other")).containsExactly("other");
    }

    @Test
    void casesFilesAndUnreadableConfigurationsExtendNothing() throws IOException {
        config("base", "id: base\n");
        Files.writeString(configs.resolve("base.tests.yaml"), "extends: base\n");
        config("broken", "id: broken\nextends: [base\n");

        assertThat(new Extensions(configs).affectedBy("base")).containsExactly("base");
    }

    @Test
    void aCycleEndsOnceEveryMethodologyInItIsCounted() throws IOException {
        config("a", "extends: b\n");
        config("b", "extends: a\n");

        assertThat(new Extensions(configs).affectedBy("a")).containsExactlyInAnyOrder("a", "b");
    }

    private void config(String id, String yaml) throws IOException {
        Files.writeString(configs.resolve(id + ".yaml"), yaml);
    }
}
