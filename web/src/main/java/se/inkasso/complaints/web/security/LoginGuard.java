package se.inkasso.complaints.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down whoever guesses passwords: after a few wrong ones for an account, or many from one
 * client address, each further try must wait, twice as long each time up to a longest lock, and a
 * try during the wait is refused without looking at the password. The same for the API's Basic
 * login, the staff login page and the portal's login. A right password clears the account's count;
 * an address's count is forgotten only with time, so that one known login cannot clear it. Every
 * refusal and lock is written to the audit log, without the password.
 *
 * <p>The counts are one immutable value per key, replaced whole: the map can become a cache in the
 * data grid when several instances must share it.
 */
@ApplicationScoped
public class LoginGuard {

    private static final Logger AUDIT = Logger.getLogger("se.inkasso.complaints.audit.login");
    private static final int MOST = 100_000;

    @Inject
    @ConfigProperty(name = "complaints.security.login.free-failures", defaultValue = "5")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "complaints.security.login.address-free-failures", defaultValue = "50")
    int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "complaints.security.login.first-wait-seconds", defaultValue = "30")
    long firstWaitSeconds;

    @Inject
    @ConfigProperty(name = "complaints.security.login.longest-wait-minutes", defaultValue = "15")
    long longestWaitMinutes;

    Clock clock = Clock.systemUTC();

    /** Wrong passwords so far, and until when the next try must wait. */
    record Failures(int count, Instant last, Instant waitUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** When the login may be tried again; empty when it may be tried now. */
    public Optional<Instant> notBefore(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(waitUntil(accountKey(account), now), waitUntil(addressKey(address), now));
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        Failures byAccount = count(accountKey(account), freeFailures, now);
        Failures byAddress = count(addressKey(address), addressFreeFailures, now);
        Instant until = later(byAccount.waitUntil(), byAddress.waitUntil());
        if (until.isAfter(now)) {
            AUDIT.log(Level.WARNING, "Login refused for {0} from {1}: {2} wrong passwords for the account, {3} from "
                    + "the address; next try not before {4}", new Object[] {shown(account), address,
                            byAccount.count(), byAddress.count(), until});
        } else {
            AUDIT.log(Level.INFO, "Wrong password for {0} from {1} ({2} for the account)",
                    new Object[] {shown(account), address, byAccount.count()});
        }
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private Failures count(String key, int free, Instant now) {
        if (failures.size() >= MOST) {
            failures.values().removeIf(entry -> forgotten(entry, now));
        }
        return failures.compute(key, (ignored, before) -> {
            int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
            return new Failures(count, now, count <= free ? now : now.plus(waitAfter(count - free)));
        });
    }

    /** 30 s after the first failure beyond the free ones, doubling with each, up to the longest. */
    private Duration waitAfter(int beyondFree) {
        Duration longest = Duration.ofMinutes(longestWaitMinutes);
        int doublings = Math.min(beyondFree - 1, 30);
        Duration wait = Duration.ofSeconds(firstWaitSeconds).multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** A count is forgotten when the longest wait has passed twice over since its last failure. */
    private boolean forgotten(Failures entry, Instant now) {
        return entry.last().plus(Duration.ofMinutes(longestWaitMinutes).multipliedBy(2)).isBefore(now);
    }

    private Instant waitUntil(String key, Instant now) {
        Failures entry = failures.get(key);
        return entry == null || forgotten(entry, now) ? now : entry.waitUntil();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static String accountKey(String account) {
        return "account:" + account.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** A personnummer is personal data: the audit log names only its date of birth. */
    private static String shown(String account) {
        String digits = account.replaceAll("[^0-9]", "");
        return digits.length() >= 10 && digits.length() == account.replaceAll("[-+ ]", "").length()
                ? "the debtor born " + digits.substring(0, digits.length() - 4) + "-****"
                : "account " + account.strip();
    }
}
