package org.assessor.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.assessor.archive.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a request that may not proceed gets: on the API a problem detail (401 without sign-in, 403 without
 * the role or the CSRF token, 429 while sign-in is throttled), on pages the sign-in form or the 403 page.
 * Every refusal of a signed-in user, and every throttled sign-in, is audited.
 */
final class Refusals {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AuditLog audit;
    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    Refusals(AuditLog audit) {
        this.audit = audit;
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (isApi(request)) {
            problem(response, HttpStatus.UNAUTHORIZED, "Sign-in required",
                    "send the credentials of an Assessor user (HTTP Basic) or a session cookie from signing in");
        } else {
            login.commence(request, response, e);
        }
    }

    void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user instanceof AnonymousAuthenticationToken) {
            unauthenticated(request, response, new InsufficientAuthenticationException("sign in first", e));
            return;
        }
        String action = request.getMethod() + " " + request.getRequestURI();
        audit.record(user.getName(), "GET".equals(request.getMethod()) ? "read" : "write", action, "refused");
        String detail = "user '" + user.getName() + "' may not " + action
                + (e instanceof CsrfException ? " without the CSRF token of their session" : "");
        if (isApi(request)) {
            problem(response, HttpStatus.FORBIDDEN, "Not allowed", detail);
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value(), detail); // rendered by templates/error/403.html
        }
    }

    /**
     * A sign-in attempt refused unheard while its user name or address must wait: through the form, back to
     * the sign-in page, which says so; otherwise 429 with Retry-After. Audited with the client's address.
     */
    void throttled(HttpServletRequest request, HttpServletResponse response, String user, SignInThrottle.Wait wait, boolean form)
            throws IOException {
        audit.record(TypedName.of(user), "login", null, "throttled: too many failed sign-ins " + wait.reason()
                + " (" + request.getRemoteAddr() + "); retry after " + wait.seconds() + " s");
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + wait.seconds());
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.seconds()));
            problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", "sign-in is paused after too many failed "
                    + "sign-ins " + wait.reason() + ": try again in " + wait.seconds() + " s; the password was not checked");
        }
    }

    /** The REST API and its OpenAPI document: answered with problem details rather than pages. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status.value()
                + ",\"detail\":" + json(detail) + "}");
    }

    private static String json(String text) {
        return JSON.writeValueAsString(text);
    }
}
