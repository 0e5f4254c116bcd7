package org.assessor.system;

import java.util.List;
import java.util.stream.Collectors;

/** A user's file cannot be used; carries every problem found so that all are reported at once. */
public class ProblemException extends RuntimeException {
    private final transient List<Problem> problems;

    public ProblemException(String summary, List<Problem> problems) {
        this(problems, summary + ":\n  " + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    }

    /** One problem: its own text is the whole message. */
    public ProblemException(Problem problem) {
        this(List.of(problem), problem.toString());
    }

    private ProblemException(List<Problem> problems, String message) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
