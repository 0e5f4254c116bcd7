package org.assessor.web.security;

import java.time.Clock;

import org.assessor.archive.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for pages and API. Pages sign in with a form (or the identity provider under the
 * {@code oidc} profile); API clients may also send HTTP Basic credentials. Everything needs a signed-in
 * user; writes need the role that may make them. CSRF is on: pages and Swagger UI send the token from
 * the {@code XSRF-TOKEN} cookie; a request with Basic credentials needs none, as no browser holds such
 * credentials for this service (it never asks for them with a Basic challenge). Failed sign-ins with a
 * password slow further attempts down ({@link SignInThrottle}); every answer carries a Content-Security-Policy
 * and a Referrer-Policy ({@link SecurityHeaders}).
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {
    static final String OIDC = "oidc";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, AuditLog audit, Environment environment, SignInThrottle throttle) {
        Refusals refusals = new Refusals(audit);
        RequestMatcher api = Refusals::isApi;
        RequestMatcher basic = request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/api/workbench/**", "/workbench/**").hasRole(Role.METHODOLOGY.name())
                        .requestMatchers(HttpMethod.POST, "/api/methodologies/*/validation", "/api/methodologies/*/reload",
                                "/methodologies/*/validation", "/methodologies/*/reload").hasRole(Role.METHODOLOGY.name())
                        .requestMatchers(HttpMethod.POST, "/api/methodologies/*/ratings", "/runs").hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.GET, "/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfCookie()).ignoringRequestMatchers(basic))
                .addFilterBefore(new SignInThrottleFilter(throttle, refusals), UsernamePasswordAuthenticationFilter.class)
                .headers(SecurityHeaders::configure)
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(refusals::unauthenticated))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(refusals::unauthenticated, api)
                        .accessDeniedHandler(refusals::denied))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        if (environment.acceptsProfiles(Profiles.of(OIDC))) {
            http.oauth2Login(login -> login.loginPage("/login"));
        } else {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/runs"));
        }
        return http.build();
    }

    /**
     * The XSRF-TOKEN cookie, readable by the pages' scripts and Swagger UI, is SameSite=Lax like the session
     * cookie (application.yaml): no other site's form post carries it. Strict would add nothing, as only
     * writes are checked, and a link followed from elsewhere would replace the token open pages hold.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository cookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        cookie.setCookieCustomizer(builder -> builder.sameSite("Lax"));
        return cookie;
    }

    @Bean
    SignInThrottle signInThrottle(SecurityProperties properties) {
        return new SignInThrottle(properties.signInThrottle(), Clock.systemUTC());
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties) {
        return EmbeddedUsers.of(properties);
    }
}
