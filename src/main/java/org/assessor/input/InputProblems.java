package org.assessor.input;

import java.util.ArrayList;
import java.util.List;

import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/** The problems of one input file, capped so a wholly wrong file gives a readable report. */
final class InputProblems {
    private static final int LIMIT = 50;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private int count;

    InputProblems(String file) {
        this.file = file;
    }

    void add(long line, int column, String columnName, String message) {
        count++;
        if (problems.size() < LIMIT) {
            String at = columnName == null ? null : "column " + columnName;
            problems.add(Problem.error(file, (int) line, column, at, message));
        }
    }

    ProblemException fatal(long line, String message) {
        return fatal(line, 0, message);
    }

    ProblemException fatal(long line, int column, String message) {
        add(line, column, null, message);
        return exception();
    }

    boolean any() {
        return count > 0;
    }

    void throwIfAny() {
        if (count > 0) {
            throw exception();
        }
    }

    private ProblemException exception() {
        List<Problem> shown = new ArrayList<>(problems);
        if (count > shown.size()) {
            shown.add(Problem.error(file, 0, 0, null, (count - shown.size()) + " more problems not shown"));
        }
        return new ProblemException(file + " cannot be rated (" + count + (count == 1 ? " problem)" : " problems)"), shown);
    }
}
