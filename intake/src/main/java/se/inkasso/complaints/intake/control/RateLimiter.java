package se.inkasso.complaints.intake.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within a sliding window, in memory. Each application
 * instance counts on its own, which is enough to stop one client flooding a public form.
 */
public final class RateLimiter {

    private static final int PURGE_ABOVE_KEYS = 10_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts an event for the key; false, and nothing counted, when the key is over its limit. */
    public boolean tryAcquire(String key, Instant now) {
        if (events.size() > PURGE_ABOVE_KEYS) {
            events.values().forEach(times -> expire(times, now));
            events.values().removeIf(Deque::isEmpty);
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** How long until the key may try again. */
    public Duration retryAfter(String key, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            return times.isEmpty() ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(window));
        }
    }

    private void expire(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.removeFirst();
            }
        }
    }
}
