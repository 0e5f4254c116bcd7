package org.assessor.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Back-off after failed sign-ins with a password (the form and HTTP Basic), per user name and per client
 * address ({@code assessor.security.sign-in-throttle}). Failures are counted from Spring Security's events.
 * A success clears the user name's failures but not the address's: otherwise whoever holds one account
 * could clear their address's count between guesses at the others. An address's failures are forgotten
 * after {@code forget-after} instead. User names count case-blind, as the embedded users sign in.
 */
final class SignInThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    static final String FOR_USER = "for this user name";
    static final String FROM_ADDRESS = "from this address";

    private final BackOff users;
    private final BackOff addresses;

    SignInThrottle(SecurityProperties.Throttle settings, Clock clock) {
        this.users = new BackOff(settings.userFailures(), settings.firstWait(), settings.longestWait(),
                settings.forgetAfter(), settings.remembered(), clock);
        this.addresses = new BackOff(settings.addressFailures(), settings.firstWait(), settings.longestWait(),
                settings.forgetAfter(), settings.remembered(), clock);
    }

    /** The longer of the waits the user name and the client address must still sit out; empty if neither must. */
    Optional<Wait> check(String typedName, String address) {
        Duration user = users.remaining(key(typedName));
        Duration from = addresses.remaining(address);
        if (user.isZero() && from.isZero()) {
            return Optional.empty();
        }
        return Optional.of(user.compareTo(from) >= 0 ? new Wait(user, FOR_USER) : new Wait(from, FROM_ADDRESS));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            String user = key(attempt.getName());
            warn(users.failed(user), "for user name '" + user + "'");
            String address = address(attempt);
            if (address != null) {
                warn(addresses.failed(address), "from address " + address);
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken user) {
            users.reset(key(user.getName()));
        }
    }

    private static String key(String typedName) {
        return TypedName.of(typedName).toLowerCase(Locale.ROOT);
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static void warn(Duration wait, String who) {
        if (!wait.isZero()) {
            LOG.warn("Repeated failed sign-ins {}: its next attempt must wait {} s", who, Wait.seconds(wait));
        }
    }

    /** How long an attempt must still wait, and whether for its user name or its address. */
    record Wait(Duration remaining, String reason) {
        /** Whole seconds, rounded up, as Retry-After gives them. */
        long seconds() {
            return seconds(remaining);
        }

        static long seconds(Duration duration) {
            return Math.max(1, (duration.toMillis() + 999) / 1000);
        }
    }
}
