package se.inkasso.complaints.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Wrong passwords cost a growing wait, per account and per address; a right one clears the account. */
class LoginGuardTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final LoginGuard guard = new LoginGuard();

    LoginGuardTest() {
        guard.freeFailures = 5;
        guard.addressFreeFailures = 20;
        guard.firstWaitSeconds = 30;
        guard.longestWaitMinutes = 15;
        guard.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void afterTheFreeFailuresEachWaitIsTwiceTheLastUpToTheLongest() {
        for (int i = 0; i < 5; i++) {
            guard.failed("agent", "10.0.0.1");
        }
        assertThat(guard.notBefore("agent", "10.0.0.1")).as("five wrong passwords are free").isEmpty();
        guard.failed("Agent ", "10.0.0.1");
        assertThat(guard.notBefore("agent", "10.0.0.2")).as("the account, whatever its spelling or address")
                .hasValue(NOW.plusSeconds(30));
        guard.failed("agent", "10.0.0.1");
        assertThat(guard.notBefore("agent", "10.0.0.1")).hasValue(NOW.plusSeconds(60));
        for (int i = 0; i < 10; i++) {
            guard.failed("agent", "10.0.0.1");
        }
        assertThat(guard.notBefore("agent", "10.0.0.1")).hasValue(NOW.plus(Duration.ofMinutes(15)));
        assertThat(guard.notBefore("agent2", "10.0.0.3")).as("another account elsewhere").isEmpty();
    }

    @Test
    void theRightPasswordClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 21; i++) {
            guard.failed("user" + i, "10.0.0.9");
        }
        assertThat(guard.notBefore("someone-else", "10.0.0.9")).as("one address guessing across accounts")
                .hasValue(NOW.plusSeconds(30));
        guard.succeeded("user20");
        assertThat(guard.notBefore("user20", "10.0.0.9")).as("a known login does not clear the address").isPresent();
        assertThat(guard.notBefore("user20", "10.0.0.8")).isEmpty();
    }

    @Test
    void aCountIsForgottenWithTime() {
        for (int i = 0; i < 7; i++) {
            guard.failed("agent", "10.0.0.1");
        }
        assertThat(guard.notBefore("agent", "10.0.0.1")).isPresent();
        guard.clock = Clock.offset(guard.clock, Duration.ofMinutes(31));
        assertThat(guard.notBefore("agent", "10.0.0.1")).isEmpty();
        guard.failed("agent", "10.0.0.1");
        assertThat(guard.notBefore("agent", "10.0.0.1")).as("counting starts again").isEmpty();
    }
}
