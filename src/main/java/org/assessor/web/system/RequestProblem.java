package org.assessor.web.system;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request asked for something that is not there, or asked wrongly: an RFC 9457 problem detail naming
 * the {@code field} and the {@code value} at fault; or asked while the server was busy with it ({@link #busy}).
 * Pages show it as an error page with the same status.
 */
public class RequestProblem extends ErrorResponseException {

    private RequestProblem(HttpStatus status, String title, String detail, String field, Object value) {
        this(status, problem(status, title, detail, field, value));
    }

    public static RequestProblem notFound(String title, String detail, String field, Object value) {
        return new RequestProblem(HttpStatus.NOT_FOUND, title, detail, field, value);
    }

    public static RequestProblem badRequest(String title, String detail, String field, Object value) {
        return new RequestProblem(HttpStatus.BAD_REQUEST, title, detail, field, value);
    }

    /** The server is doing the one thing of this kind it does at a time: 503 with Retry-After, no field at fault. */
    public static RequestProblem busy(String title, String detail, int retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle(title);
        RequestProblem busy = new RequestProblem(HttpStatus.SERVICE_UNAVAILABLE, problem);
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        return busy;
    }

    private RequestProblem(HttpStatus status, ProblemDetail problem) {
        super(status, problem, null);
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
