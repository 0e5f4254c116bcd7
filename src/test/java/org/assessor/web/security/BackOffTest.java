package org.assessor.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The back-off of one kind of key: free failures, then a wait doubling to a cap, forgotten after a quiet hour, bounded in memory. */
class BackOffTest {
    private final TestClock clock = new TestClock();
    private final BackOff backOff = new BackOff(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 3, clock);

    @Test
    void theWaitStartsAtTheFifthFailureAndDoublesUpToFifteenMinutes() {
        List<Long> seconds = new ArrayList<>();
        for (int count = 1; count <= 16; count++) {
            seconds.add(backOff.waitAfter(count).toSeconds());
        }

        assertThat(seconds).containsExactly(0L, 0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L);
        assertThat(backOff.waitAfter(100)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backOff.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aKeyWaitsFromItsFifthFailureUntilTheWaitIsOver() {
        for (int i = 0; i < 4; i++) {
            assertThat(backOff.failed("x")).isZero();
        }
        assertThat(backOff.remaining("x")).isZero();

        assertThat(backOff.failed("x")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(400));
        assertThat(backOff.remaining("x")).isEqualTo(Duration.ofMillis(600));
        assertThat(backOff.remaining("y")).isZero();
        clock.advance(Duration.ofMillis(600));
        assertThat(backOff.remaining("x")).isZero();
        assertThat(backOff.failed("x")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOneOrWhenReset() {
        fail("x", 5);
        clock.advance(Duration.ofMinutes(59));
        assertThat(backOff.failed("x")).as("the 6th failure within the hour").isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofHours(1));
        assertThat(backOff.remaining("x")).isZero();
        assertThat(backOff.failed("x")).as("counted from nothing").isZero();

        fail("y", 5);
        backOff.reset("y");
        assertThat(backOff.remaining("y")).isZero();
        assertThat(backOff.failed("y")).isZero();
    }

    @Test
    void atMostItsCapacityOfKeysIsRememberedTheLeastRecentlyFailedForgottenFirst() {
        fail("a", 5);
        fail("b", 5);
        fail("c", 5);
        backOff.failed("a");

        backOff.failed("d");

        assertThat(backOff.remembered()).isEqualTo(3);
        assertThat(backOff.remaining("b")).as("forgotten").isZero();
        assertThat(backOff.remaining("a")).isEqualTo(Duration.ofSeconds(2));
        assertThat(backOff.remaining("c")).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 10_000; i++) {
            backOff.failed("made-up-" + i);
        }
        assertThat(backOff.remembered()).isEqualTo(3);
    }

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            backOff.failed(key);
        }
    }
}
