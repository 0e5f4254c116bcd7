package org.assessor.web.system;

import java.util.List;

import org.assessor.serving.InvalidCsvException;
import org.assessor.serving.MethodologyNotServingException;
import org.assessor.serving.UnknownMethodologyException;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as RFC 9457 problem details: Spring MVC's own (unsupported media type, bad method...) through
 * {@link ResponseEntityExceptionHandler}, and ours with the problems that caused them. Only for the REST
 * controllers: pages show the same failures as error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
final class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail unknownMethodology(UnknownMethodologyException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown methodology", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notServing(MethodologyNotServingException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Methodology not serving", e.getMessage());
        problem.setProperty("last_error", e.lastError());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidCsv(InvalidCsvException e) {
        return withProblems(problem(HttpStatus.BAD_REQUEST, "The CSV cannot be rated", e.getMessage()), e.problems());
    }

    /** The input was fine but the methodology's rules could not rate it (say, no rule gave a rating). */
    @ExceptionHandler
    ProblemDetail rulesFailed(ProblemException e) {
        String summary = e.getMessage().lines().findFirst().orElse("").replaceFirst(":$", "");
        return withProblems(problem(HttpStatus.INTERNAL_SERVER_ERROR, "The methodology could not rate the input", summary), e.problems());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail withProblems(ProblemDetail problem, List<Problem> problems) {
        problem.setProperty("problems", problems);
        return problem;
    }
}
