package org.assessor.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Headers on every answer, besides Spring Security's defaults (nosniff, X-Frame-Options DENY, no caching).
 * The pages load scripts, styles and Chart.js only from this service and run no inline script (a page's
 * data is in data- attributes), so an injected script or style has nowhere to come from. Swagger UI sets
 * inline styles and shows data: images, so its paths get a policy that allows those, and still no inline
 * script. The Referer header never leaves the service: page URLs name trusts and runs.
 */
final class SecurityHeaders {
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(PAGES_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
