package org.assessor.web.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code assessor.security}: the embedded users (name, bcrypt-hashed password, roles), the sign-in
 * throttle and, under the {@code oidc} profile, the identity-provider claim that carries a user's roles.
 */
@ConfigurationProperties("assessor.security")
record SecurityProperties(List<User> users, Oidc oidc, Throttle signInThrottle) {
    static final String THROTTLE = "assessor.security.sign-in-throttle";

    SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        oidc = oidc == null ? new Oidc("roles") : oidc;
        if (signInThrottle == null) {
            throw new IllegalStateException(THROTTLE + ": missing; application.yaml sets it");
        }
    }

    record User(String name, String password, List<String> roles) {
    }

    record Oidc(String rolesClaim) {
    }

    /**
     * {@code assessor.security.sign-in-throttle}: the failed sign-ins a user name and a client address may
     * have before each further attempt must wait; the first wait, doubled by each further failure up to the
     * longest; how long failures are remembered after the last; and how many user names (and, apart,
     * addresses) are remembered at most. Failures must outlive the longest wait, or at the longest wait they
     * would be forgotten and counted from nothing again.
     */
    record Throttle(Integer userFailures, Integer addressFailures, Duration firstWait, Duration longestWait,
                    Duration forgetAfter, Integer remembered) {
        Throttle {
            atLeastOne("user-failures", userFailures);
            atLeastOne("address-failures", addressFailures);
            atLeastOne("remembered", remembered);
            positive("first-wait", firstWait);
            positive("longest-wait", longestWait);
            positive("forget-after", forgetAfter);
            if (longestWait.compareTo(firstWait) < 0) {
                throw problem("longest-wait", "at least first-wait (" + firstWait + ")", longestWait);
            }
            if (forgetAfter.compareTo(longestWait) <= 0) {
                throw problem("forget-after", "longer than longest-wait (" + longestWait + ")", forgetAfter);
            }
        }

        private static void atLeastOne(String key, Integer value) {
            if (value == null || value < 1) {
                throw problem(key, "a whole number of at least 1", value);
            }
        }

        private static void positive(String key, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw problem(key, "a duration longer than zero such as 1s, 15m or 1h", value);
            }
        }

        private static IllegalStateException problem(String key, String expected, Object value) {
            return new IllegalStateException(THROTTLE + "." + key + ": expected " + expected + ", got "
                    + (value == null ? "nothing" : value));
        }
    }
}
