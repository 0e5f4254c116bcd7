package org.assessor.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (the form's {@code POST /login}, or any request with HTTP Basic credentials)
 * while its user name or client address must wait, before its password is checked: a refused guess
 * learns nothing and costs no bcrypt hash. It runs after the CSRF check and before both sign-in filters.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {
    private static final RequestMatcher FORM = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private static final String BASIC = "Basic ";

    private final SignInThrottle throttle;
    private final Refusals refusals;

    SignInThrottleFilter(SignInThrottle throttle, Refusals refusals) {
        this.throttle = throttle;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = FORM.matches(request);
        String user = form ? request.getParameter("username") : basicUser(request);
        Optional<SignInThrottle.Wait> wait = user == null ? Optional.empty() : throttle.check(user, request.getRemoteAddr());
        if (wait.isPresent()) {
            refusals.throttled(request, response, user, wait.get(), form);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The user name of HTTP Basic credentials; null without them or when they cannot be read (then Spring refuses them). */
    static String basicUser(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
