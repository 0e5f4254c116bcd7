package org.assessor.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins per key (a user name, or a client address) and the wait they impose: none until
 * {@code free} failures, then {@code first}, doubled by each further failure up to {@code longest}. A key's
 * failures are forgotten {@code forgetAfter} after its last one, or when it is reset. At most
 * {@code capacity} keys are remembered, so a flood of made-up user names cannot fill the heap; when full,
 * the key whose last failure is oldest is forgotten first.
 */
final class BackOff {
    private final int free;
    private final Duration first;
    private final Duration longest;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Failures> failures;

    BackOff(int free, Duration first, Duration longest, Duration forgetAfter, int capacity, Clock clock) {
        this.free = free;
        this.first = first;
        this.longest = longest;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
        this.failures = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long {@code key} must still wait before its next attempt is heard; zero if it need not. */
    synchronized Duration remaining(String key) {
        Failures known = current(key);
        Duration left = known == null ? Duration.ZERO : Duration.between(clock.instant(), known.until());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a failure of {@code key} and returns the wait it now imposes (zero while failures are free). */
    synchronized Duration failed(String key) {
        Failures known = current(key);
        int count = known == null ? 1 : known.count() + 1;
        Duration wait = waitAfter(count);
        Instant now = clock.instant();
        failures.remove(key); // put back last: the map's order is the order of last failures
        failures.put(key, new Failures(count, now, now.plus(wait)));
        return wait;
    }

    synchronized void reset(String key) {
        failures.remove(key);
    }

    synchronized int remembered() {
        return failures.size();
    }

    Duration waitAfter(int count) {
        if (count < free) {
            return Duration.ZERO;
        }
        try {
            Duration wait = first.multipliedBy(1L << Math.min(count - free, Long.SIZE - 2));
            return wait.compareTo(longest) > 0 ? longest : wait;
        } catch (ArithmeticException beyondDuration) {
            return longest;
        }
    }

    private Failures current(String key) {
        Failures known = failures.get(key);
        if (known != null && !clock.instant().isBefore(known.last().plus(forgetAfter))) {
            failures.remove(key);
            return null;
        }
        return known;
    }

    private record Failures(int count, Instant last, Instant until) {
    }
}
