package org.assessor.system;

import java.util.List;
import java.util.stream.Collectors;

/** A user's file cannot be used; carries every problem found so that all are reported at once. */
public class ProblemException extends RuntimeException {
    private final transient List<Problem> problems;

    public ProblemException(String summary, List<Problem> problems) {
        super(summary + ":\n  " + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(problem.message(), List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
