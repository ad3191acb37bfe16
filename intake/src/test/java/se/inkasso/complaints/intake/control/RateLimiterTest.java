package se.inkasso.complaints.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(10));
    private final Instant start = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void allowsTheLimitPerKeyWithinTheWindowThenRefuses() {
        assertThat(limiter.tryAcquire("a", start)).isTrue();
        assertThat(limiter.tryAcquire("a", start.plusSeconds(1))).isTrue();
        assertThat(limiter.tryAcquire("a", start.plusSeconds(2))).isTrue();
        assertThat(limiter.tryAcquire("a", start.plusSeconds(3))).isFalse();
        assertThat(limiter.tryAcquire("b", start.plusSeconds(3))).as("another client").isTrue();
        assertThat(limiter.retryAfter("a", start.plusSeconds(3))).isEqualTo(Duration.ofMinutes(10).minusSeconds(3));
    }

    @Test
    void allowsAgainOnceTheOldestEventLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a", start.plusSeconds(i));
        }
        assertThat(limiter.tryAcquire("a", start.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(limiter.tryAcquire("a", start.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void refusedAttemptsDoNotCount() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("a", start.plusSeconds(i));
        }
        assertThat(limiter.tryAcquire("a", start.plus(Duration.ofMinutes(10)).plusSeconds(2))).isTrue();
    }
}
