package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.ComplaintPolicy;
import se.inkasso.complaints.domain.model.Language;

/**
 * The versions of the complaint policy (D27): the one in force on a day, an earlier one by its
 * name, and publishing a new one. A version is named by the year it takes effect and its number
 * in that year (2026-1, 2026-2); once in force it is never changed.
 */
@ApplicationScoped
public class PolicyRepository extends Store<ComplaintPolicy> {

    Clock clock = Clock.systemUTC();

    public PolicyRepository() {
        super(ComplaintPolicy.class);
    }

    /** The text in force on a day, in a language. */
    public Optional<ComplaintPolicy> inForce(Language language, LocalDate day) {
        return single(query("select p from ComplaintPolicy p where p.language = :language"
                + " and p.effectiveFrom <= :day order by p.effectiveFrom desc, p.id desc")
                .setParameter("language", language).setParameter("day", day));
    }

    /**
     * The name of the version in force on a day, as a case records it (D4); for a day before the
     * first version (a call registered from long ago), the first version.
     */
    public Optional<String> versionInForce(LocalDate day) {
        return entityManager.createQuery("select p.version from ComplaintPolicy p where p.effectiveFrom <= :day"
                + " order by p.effectiveFrom desc, p.id desc", String.class).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst()
                .or(() -> entityManager.createQuery("select p.version from ComplaintPolicy p"
                        + " order by p.effectiveFrom, p.id", String.class).setMaxResults(1).getResultStream()
                        .findFirst());
    }

    public Optional<ComplaintPolicy> version(String version, Language language) {
        return single(query("select p from ComplaintPolicy p where p.version = :version and p.language = :language")
                .setParameter("version", version).setParameter("language", language));
    }

    /** Every version's text in a language, newest first. */
    public List<ComplaintPolicy> all(Language language) {
        return query("select p from ComplaintPolicy p where p.language = :language order by p.effectiveFrom desc")
                .setParameter("language", language).getResultList();
    }

    /**
     * Publishes a language's text of the version that takes effect on {@code effectiveFrom}: a new
     * version for a new day, the other language of a version already published for that day, or a
     * correction of a text whose day has not come. Runs in the caller's transaction.
     *
     * @throws InvalidFieldsException   for an empty or too long text, or a day already past
     * @throws StateConflictException   for a text already in force
     */
    public ComplaintPolicy publish(Language language, String text, LocalDate effectiveFrom, String by) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(BusinessCalendar.ZONE).toLocalDate();
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw new InvalidFieldsException("text", "policy.text-missing");
        }
        if (words.length() > ComplaintPolicy.LONGEST_TEXT) {
            throw new InvalidFieldsException("text", "policy.text-too-long", ComplaintPolicy.LONGEST_TEXT);
        }
        if (effectiveFrom.isBefore(today)) {
            throw new InvalidFieldsException("effectiveFrom", "policy.effective-past", today.toString());
        }
        List<String> sameDay = entityManager.createQuery("select distinct p.version from ComplaintPolicy p"
                + " where p.effectiveFrom = :day", String.class).setParameter("day", effectiveFrom).getResultList();
        if (sameDay.isEmpty()) {
            return add(new ComplaintPolicy(nextVersion(effectiveFrom.getYear()), language, words, effectiveFrom, by,
                    now));
        }
        String version = sameDay.get(0);
        Optional<ComplaintPolicy> published = version(version, language);
        if (published.isEmpty()) {
            return add(new ComplaintPolicy(version, language, words, effectiveFrom, by, now));
        }
        if (!effectiveFrom.isAfter(today)) {
            throw new StateConflictException("policy.in-force", version);
        }
        published.get().rewrite(words, by, now);
        return published.get();
    }

    private String nextVersion(int year) {
        long taken = entityManager.createQuery("select count(distinct p.version) from ComplaintPolicy p"
                + " where p.version like :year", Long.class).setParameter("year", year + "-%").getSingleResult();
        return year + "-" + (taken + 1);
    }
}
