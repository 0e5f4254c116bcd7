package org.assessor.validation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.assessor.cases.CaseResult;
import org.assessor.methodology.Methodologies;
import org.assessor.system.Problem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The child side of {@link IsolatedValidator}: validates the methodologies named on its command line, one
 * after another, writing each outcome as one JSON line to standard output as soon as it is known. Whatever
 * else prints (Drools, logging) goes to standard error, so the outcome lines stay parseable.
 */
final class ValidationChild {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One methodology's outcome as the child reports it: a {@link Validation} without the compiled rules. */
    record Outcome(String id, String version, List<String> relaxations, List<Problem> problems, List<CaseResult> cases) {
        static Outcome of(Validation validation) {
            return new Outcome(validation.id(), validation.version(), validation.relaxations(), validation.problems(),
                    validation.cases());
        }
    }

    private ValidationChild() {
    }

    /** @param args the methodology home, then the ids to validate */
    public static void main(String[] args) {
        PrintStream results = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        MethodologyValidator validator = new MethodologyValidator(new Methodologies(Path.of(args[0])));
        for (int i = 1; i < args.length; i++) {
            Validation validation = validator.validate(args[i]);
            results.println(JSON.writeValueAsString(Outcome.of(validation)));
        }
        results.flush();
        System.exit(0);
    }
}
