package se.inkasso.complaints.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logins checked a moment ago (#9): the API is stateless, so every request carries its password,
 * and checking it against the stored hash (PBKDF2) with the account's roles costs more than most
 * requests themselves. A login that was valid is taken as valid again for a short while; the
 * password itself is never kept, only an HMAC-SHA-256 of it under a secret this process draws at
 * its start and never writes anywhere, so that a copy of the memory's keys cannot be checked
 * against a list of likely passwords without the secret. A refused login is never kept, and
 * a changed password or a closed account takes effect within that while.
 */
@ApplicationScoped
public class VerifiedLogins {

    private static final int MOST = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final SecretKey secret = drawSecret();

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

    String key(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private static SecretKey drawSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new SecretKeySpec(secret, HMAC);
    }
}
