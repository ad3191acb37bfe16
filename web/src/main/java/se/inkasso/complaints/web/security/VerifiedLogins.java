package se.inkasso.complaints.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logins checked a moment ago (#9): the API is stateless, so every request carries its password,
 * and checking it against the stored hash (PBKDF2) with the account's roles costs more than most
 * requests themselves. A login that was valid is taken as valid again for a short while; the
 * password itself is never kept, only a SHA-256 digest of it. A refused login is never kept, and
 * a changed password or a closed account takes effect within that while.
 */
@ApplicationScoped
public class VerifiedLogins {

    private static final int MOST = 10_000;

    @Inject
    @ConfigProperty(name = "complaints.security.login-cache-seconds", defaultValue = "60")
    long seconds;

    Clock clock = Clock.systemUTC();

    private record Verified(String name, Set<String> groups, Instant until) {
    }

    /** Who this login was, and in which groups, when it was found valid within the while. */
    public record Caller(String name, Set<String> groups) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public Optional<Caller> find(String username, char[] password) {
        if (seconds <= 0) {
            return Optional.empty();
        }
        Verified found = verified.get(key(username, password));
        return found == null || clock.instant().isAfter(found.until()) ? Optional.empty()
                : Optional.of(new Caller(found.name(), found.groups()));
    }

    public void remember(String username, char[] password, String name, Set<String> groups) {
        if (seconds <= 0) {
            return;
        }
        if (verified.size() >= MOST) {
            Instant now = clock.instant();
            verified.values().removeIf(entry -> now.isAfter(entry.until()));
            if (verified.size() >= MOST) {
                verified.clear();
            }
        }
        verified.put(key(username, password),
                new Verified(name, Set.copyOf(groups), clock.instant().plus(Duration.ofSeconds(seconds))));
    }

    private static String key(String username, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
