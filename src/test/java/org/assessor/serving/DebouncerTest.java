package org.assessor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class DebouncerTest {
    private final List<String> runs = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);

    @Test
    void aBurstOfEventsRunsTheActionOnceWithTheTimeOfTheLastEvent() throws InterruptedException {
        long[] lastEventAt = new long[1];
        long beforeLast;
        try (Debouncer debouncer = new Debouncer(Duration.ofMillis(300), "test-debouncer", (key, at) -> record(key, at, lastEventAt))) {
            for (int i = 0; i < 4; i++) {
                debouncer.event("a");
            }
            beforeLast = System.nanoTime();
            debouncer.event("a");
            debouncer.event("end"); // runs after every earlier-scheduled action, on the same thread

            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(runs).containsExactly("a", "end");
        assertThat(lastEventAt[0]).isGreaterThanOrEqualTo(beforeLast);
    }

    @Test
    void eventsForDifferentKeysRunAnActionForEach() throws InterruptedException {
        try (Debouncer debouncer = new Debouncer(Duration.ofMillis(50), "test-debouncer", (key, at) -> record(key, at, new long[1]))) {
            debouncer.event("a");
            debouncer.event("b");
            debouncer.event("end");

            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(runs).containsExactly("a", "b", "end");
    }

    private void record(String key, long at, long[] lastEventAt) {
        runs.add(key);
        if (key.equals("a")) {
            lastEventAt[0] = at;
        }
        if (key.equals("end")) {
            done.countDown();
        }
    }
}
