package se.inkasso.complaints.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A login checked a moment ago is taken again for a while, and only with the same password (#9). */
class VerifiedLoginsTest {

    private final VerifiedLogins logins = new VerifiedLogins();

    VerifiedLoginsTest() {
        logins.seconds = 60;
        logins.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void aValidLoginIsTakenAgainUntilItsWhileEnds() {
        logins.remember("agent", "Secret-1".toCharArray(), "agent", Set.of("AGENT"));
        assertThat(logins.find("agent", "Secret-1".toCharArray()))
                .hasValue(new VerifiedLogins.Caller("agent", Set.of("AGENT")));

        logins.clock = Clock.offset(logins.clock, Duration.ofSeconds(61));
        assertThat(logins.find("agent", "Secret-1".toCharArray())).as("checked against the store again").isEmpty();
    }

    @Test
    void anotherPasswordOrAnotherNameIsNeverTakenForIt() {
        logins.remember("agent", "Secret-1".toCharArray(), "agent", Set.of("AGENT"));
        assertThat(logins.find("agent", "Secret-2".toCharArray())).isEmpty();
        assertThat(logins.find("agent2", "Secret-1".toCharArray())).isEmpty();
        // the separator keeps "ab" + "c" apart from "a" + "bc"
        logins.remember("ab", "c".toCharArray(), "ab", Set.of("AGENT"));
        assertThat(logins.find("a", "bc".toCharArray())).isEmpty();
    }

    @Test
    void theKeyIsSecretToThisProcess() {
        VerifiedLogins another = new VerifiedLogins();
        assertThat(logins.key("agent", "Secret-1".toCharArray())).as("the same login, the same key")
                .isEqualTo(logins.key("agent", "Secret-1".toCharArray()))
                .as("a digest anyone can compute is no key")
                .isNotEqualTo(sha256("agent\u0000Secret-1"))
                .as("another process draws another secret")
                .isNotEqualTo(another.key("agent", "Secret-1".toCharArray()));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void switchedOffItKeepsNothing() {
        logins.seconds = 0;
        logins.remember("agent", "Secret-1".toCharArray(), "agent", Set.of("AGENT"));
        assertThat(logins.find("agent", "Secret-1".toCharArray())).isEmpty();
    }
}
