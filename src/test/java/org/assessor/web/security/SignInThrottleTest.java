package org.assessor.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Which attempts the throttle holds back, from the events Spring Security publishes: per user name
 * (case-blind) and per client address, the longer wait winning; success clears the user name only.
 */
class SignInThrottleTest {
    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(new SecurityProperties.Throttle(5, 20, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(1), 10_000), clock);

    @Test
    void fiveFailuresForAUserNameHoldItBackFromEveryAddressWhateverItsCase() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(failure("Auditor", "10.0.0." + i));
        }

        assertThat(throttle.check(" auditor ", "10.0.0.99")).contains(new SignInThrottle.Wait(Duration.ofSeconds(1), SignInThrottle.FOR_USER));
        assertThat(throttle.check("analyst", "10.0.0.1")).isEmpty();
    }

    @Test
    void twentyFailuresFromAnAddressHoldItBackForEveryUserName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(failure("user-" + i, "10.0.0.7"));
        }

        assertThat(throttle.check("someone-new", "10.0.0.7")).contains(new SignInThrottle.Wait(Duration.ofSeconds(1), SignInThrottle.FROM_ADDRESS));
        assertThat(throttle.check("someone-new", "10.0.0.8")).isEmpty();
    }

    @Test
    void theLongerWaitIsTheOneGiven() {
        for (int i = 0; i < 22; i++) {
            throttle.failed(failure(i < 5 ? "auditor" : "user-" + i, "10.0.0.7"));
        }
        for (int i = 0; i < 8; i++) {
            throttle.failed(failure("analyst", "10.0.0.9"));
        }

        assertThat(throttle.check("auditor", "10.0.0.7")).contains(new SignInThrottle.Wait(Duration.ofSeconds(4), SignInThrottle.FROM_ADDRESS));
        assertThat(throttle.check("auditor", "10.0.0.8")).contains(new SignInThrottle.Wait(Duration.ofSeconds(1), SignInThrottle.FOR_USER));
        assertThat(throttle.check("analyst", "10.0.0.7")).contains(new SignInThrottle.Wait(Duration.ofSeconds(8), SignInThrottle.FOR_USER));
    }

    @Test
    void aSuccessClearsTheUserNamesFailuresButNotTheAddresss() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(failure(i < 5 ? "auditor" : "user-" + i, "10.0.0.7"));
        }

        throttle.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("AUDITOR", null, java.util.List.of())));

        assertThat(throttle.check("auditor", "10.0.0.8")).isEmpty();
        assertThat(throttle.check("auditor", "10.0.0.7")).map(SignInThrottle.Wait::reason).contains(SignInThrottle.FROM_ADDRESS);
    }

    @Test
    void retryAfterIsTheWaitInWholeSecondsRoundedUp() {
        assertThat(new SignInThrottle.Wait(Duration.ofMillis(1), SignInThrottle.FOR_USER).seconds()).isEqualTo(1);
        assertThat(new SignInThrottle.Wait(Duration.ofMillis(1000), SignInThrottle.FOR_USER).seconds()).isEqualTo(1);
        assertThat(new SignInThrottle.Wait(Duration.ofMillis(1001), SignInThrottle.FOR_USER).seconds()).isEqualTo(2);
    }

    @Test
    void settingsThatWouldNotThrottleStopTheServiceNamingTheKey() {
        assertThatThrownBy(() -> new SecurityProperties.Throttle(0, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 10))
                .hasMessage("assessor.security.sign-in-throttle.user-failures: expected a whole number of at least 1, got 0");
        assertThatThrownBy(() -> new SecurityProperties.Throttle(5, 20, null, Duration.ofMinutes(15), Duration.ofHours(1), 10))
                .hasMessage("assessor.security.sign-in-throttle.first-wait: expected a duration longer than zero such as 1s, 15m or 1h, got nothing");
        assertThatThrownBy(() -> new SecurityProperties.Throttle(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(15), 10))
                .hasMessage("assessor.security.sign-in-throttle.forget-after: expected longer than longest-wait (PT15M), got PT15M");
    }

    @Test
    void aTypedNameIsKeptWithoutControlCharactersAndAtMostAHundredCharacters() {
        assertThat(TypedName.of(" auditor\n")).isEqualTo("auditor");
        assertThat(TypedName.of("audi\r\ntor")).isEqualTo("audi??tor");
        assertThat(TypedName.of("x".repeat(1_000_000))).isEqualTo("x".repeat(100) + "…");
        assertThat(TypedName.of(null)).isEmpty();
    }

    private static AuthenticationFailureBadCredentialsEvent failure(String user, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(user, "wrong");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("Bad credentials"));
    }
}
