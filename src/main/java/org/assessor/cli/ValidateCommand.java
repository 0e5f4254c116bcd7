package org.assessor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.assessor.cases.CaseResult;
import org.assessor.validation.IsolatedValidator;
import org.assessor.validation.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks one or every methodology: schema, consistency, rule allow-list, compilation and its own test cases. "
                + "Reports every problem with its place; exits 1 if there is any.")
final class ValidateCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--methodology", paramLabel = "ID", description = "Only this methodology (default: all).")
    String methodology;

    @Override
    public Integer call() {
        var methodologies = main.service().methodologies();
        List<String> ids = methodology != null ? List.of(methodology) : methodologies.ids();
        PrintWriter out = out();
        int failed = 0;
        // in a child process: validating compiles the rules and runs their cases, and nothing they do may hang this one
        for (Validation validation : new IsolatedValidator(methodologies).validate(ids)) {
            failed += validation.ok() ? 0 : 1;
            print(out, validation);
        }
        out.printf("%d of %d methodologies valid%n", ids.size() - failed, ids.size());
        return failed == 0 ? 0 : 1;
    }

    private static void print(PrintWriter out, Validation validation) {
        long passed = validation.cases().stream().filter(CaseResult::passed).count();
        out.printf("%s %s (version %s): %d problems, %d of %d cases passed%n", validation.ok() ? "ok  " : "FAIL",
                validation.id(), validation.version() == null ? "-" : validation.version().substring(0, 12),
                validation.problems().size(), passed, validation.cases().size());
        validation.relaxations().forEach(relaxed -> out.println("  relaxed: " + relaxed));
        validation.problems().forEach(problem -> out.println("  " + problem));
        validation.failedCases().forEach(c -> out.println("  " + c));
    }
}
