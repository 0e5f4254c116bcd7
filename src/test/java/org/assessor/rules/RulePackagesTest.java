package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assessor.Projects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One name per concept: a rules file's DRL package is {@code assessor.} and the id of the methodology whose
 * folder holds it, with - written _, also when a methodology that extends it uses the file.
 */
class RulePackagesTest {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyRulesFileIsInThePackageOfItsFolder() throws IOException {
        Path rules = Projects.HOME.resolve("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(file -> file.toString().endsWith(".drl")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(rules.relativize(file).toString(), () -> {
                        String id = file.getParent().getFileName().toString();
                        Matcher declared = PACKAGE.matcher(Files.readString(file));
                        assertThat(declared.find()).as("a package declaration").isTrue();
                        assertThat(declared.group(1)).isEqualTo("assessor." + id.replace('-', '_'));
                    }));
        }
    }
}
