package org.assessor.serving;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action for a key once no event has come for that key for a quiet period. Actions run one at a
 * time on a single background thread, so two rebuilds never overlap; an event during an action schedules
 * the action again.
 */
final class Debouncer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Debouncer.class);

    /** What to run for a key, given the {@link System#nanoTime()} of its last event. */
    interface Action {
        void run(String key, long lastEventAt);
    }

    private final long quietNanos;
    private final Action action;
    private final ScheduledExecutorService thread;
    private final Map<String, Long> lastEvent = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> scheduled = new HashMap<>();

    Debouncer(Duration quiet, String threadName, Action action) {
        this.quietNanos = quiet.toNanos();
        this.action = action;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    synchronized void event(String key) {
        long now = System.nanoTime();
        ScheduledFuture<?> previous = scheduled.get(key);
        if (previous != null) {
            previous.cancel(false);
        }
        lastEvent.put(key, now);
        scheduled.put(key, thread.schedule(() -> fire(key, now), quietNanos, TimeUnit.NANOSECONDS));
    }

    private void fire(String key, long at) {
        synchronized (this) {
            if (lastEvent.getOrDefault(key, Long.MIN_VALUE) != at) {
                return; // a later event has rescheduled it
            }
            lastEvent.remove(key);
            scheduled.remove(key);
        }
        try {
            action.run(key, at);
        } catch (RuntimeException e) {
            LOG.error("Handling a change to {} failed", key, e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
