package org.assessor.serving;

import java.util.List;

import org.assessor.system.Problem;

/** The posted CSV cannot be rated: every problem found in it, each with its line and column. */
public class InvalidCsvException extends RuntimeException {
    private final transient List<Problem> problems;

    InvalidCsvException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
