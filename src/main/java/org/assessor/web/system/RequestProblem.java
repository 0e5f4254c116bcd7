package org.assessor.web.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request asked for something that is not there, or asked wrongly: an RFC 9457 problem detail naming
 * the {@code field} and the {@code value} at fault. Pages show it as an error page with the same status.
 */
public class RequestProblem extends ErrorResponseException {

    private RequestProblem(HttpStatus status, String title, String detail, String field, Object value) {
        super(status, problem(status, title, detail, field, value), null);
    }

    public static RequestProblem notFound(String title, String detail, String field, Object value) {
        return new RequestProblem(HttpStatus.NOT_FOUND, title, detail, field, value);
    }

    public static RequestProblem badRequest(String title, String detail, String field, Object value) {
        return new RequestProblem(HttpStatus.BAD_REQUEST, title, detail, field, value);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String field, Object value) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("field", field);
        problem.setProperty("value", value);
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
