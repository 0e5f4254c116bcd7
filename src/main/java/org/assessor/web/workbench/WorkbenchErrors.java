package org.assessor.web.workbench;

import org.assessor.system.ProblemException;
import org.assessor.workbench.Refused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused workbench action as a problem detail whose status says why: 404, 403 (four eyes, not the author), 409, 422. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = WorkbenchApiController.class)
final class WorkbenchErrors {

    @ExceptionHandler
    ProblemDetail refused(Refused e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Refused by the workbench");
        return problem;
    }

    /** A methodology that does not exist or cannot be read, named in the problems. */
    @ExceptionHandler
    ProblemDetail unreadable(ProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The methodology cannot be read");
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
