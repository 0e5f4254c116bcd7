package org.assessor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assessor.Projects;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every methodology's own YAML cases, one test per case, named by the case. */
class MethodologyCasesTest {

    @TestFactory
    Stream<DynamicContainer> everyMethodologyPassesItsOwnCases() {
        return Projects.SERVICE.methodologies().ids().stream()
                .filter(id -> Files.exists(CaseRunner.casesFile(Projects.HOME, id)))
                .map(id -> DynamicContainer.dynamicContainer(id, cases(id)));
    }

    private static Stream<DynamicTest> cases(String id) {
        Path file = CaseRunner.casesFile(Projects.HOME, id);
        RuleBase rules = Projects.rules(id);
        return new CaseRunner().run(rules, file).stream()
                .map(result -> DynamicTest.dynamicTest(result.name(), () -> assertThat(result.failures())
                        .as(result.toString()).isEmpty()));
    }
}
