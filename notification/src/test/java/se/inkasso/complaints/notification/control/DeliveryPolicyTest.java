package se.inkasso.complaints.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retry waits double from the base up to the maximum; the item is given up after the last attempt (D19). */
class DeliveryPolicyTest {

    private static DeliveryPolicy policy() {
        DeliveryPolicy policy = new DeliveryPolicy();
        policy.maxAttempts = 5;
        policy.retryBaseSeconds = 60;
        policy.retryMaxSeconds = 600;
        policy.leaseSeconds = 120;
        return policy;
    }

    @Test
    void waitsDoubleUpToTheMaximum() {
        DeliveryPolicy policy = policy();
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.backoff(64)).as("no overflow").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy().givesUpAfter(4)).isFalse();
        assertThat(policy().givesUpAfter(5)).isTrue();
    }
}
