package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assessor.Projects;
import org.assessor.methodology.RuleFile;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rules folder compiles without a Drools error or warning. */
class MethodologyRulesCompileTest {

    @TestFactory
    Stream<DynamicTest> everyRulesFolderCompilesCleanly() throws IOException {
        try (Stream<Path> folders = Files.list(Projects.HOME.resolve("rules"))) {
            return folders.filter(Files::isDirectory).sorted().toList().stream()
                    .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
                        RuleBase rules = Projects.rules(folder.getFileName().toString());
                        assertThat(rules.kieBase().getKiePackages()).isNotEmpty();
                    }));
        }
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        RuleFile broken = new RuleFile(Path.of("rules/broken/broken.drl"), """
                package broken;
                import org.assessor.fact.Assessment;
                rule "missing then"
                when
                    Assessment(
                end
                """);
        assertThatThrownBy(() -> new RuleCompiler(null).compileUnchecked("broken", "1", List.of(broken)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems().get(0).file()).isEqualTo("rules/broken/broken.drl");
                    assertThat(e.problems().get(0).line()).isPositive();
                });
    }

    @Test
    void anUnknownFieldIsAnError() {
        RuleFile wrong = new RuleFile(Path.of("rules/wrong/wrong.drl"), """
                package wrong;
                import org.assessor.fact.Assessment;
                rule "reads a field that does not exist"
                when
                    Assessment(stars > 2)
                then
                end
                """);
        assertThatThrownBy(() -> new RuleCompiler(null).compileUnchecked("wrong", "1", List.of(wrong)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("stars"));
    }
}
