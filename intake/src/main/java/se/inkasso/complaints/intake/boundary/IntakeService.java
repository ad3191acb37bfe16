package se.inkasso.complaints.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import se.inkasso.complaints.intake.control.ContactRegistration;
import se.inkasso.complaints.intake.control.RequestFingerprint;

/**
 * One service behind portal and phone intake (D2): checks a contact and hands its cases to
 * casework. A submission repeated with the same Idempotency-Key returns the first result and
 * creates nothing (D5), also when the repeats arrive at the same moment.
 */
@ApplicationScoped
public class IntakeService {

    /** SQLSTATE of a unique-constraint violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    ContactRegistration registration;

    public Receipt receive(ContactSubmission submission) {
        String fingerprint = RequestFingerprint.of(submission.content());
        String key = submission.idempotencyKey();
        if (key != null) {
            var earlier = registration.repeatOf(submission.caller(), key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return registration.register(submission, fingerprint);
        } catch (PersistenceException e) {
            // a concurrent repeat committed first: answer with its result
            if (key != null && isUniqueViolation(e)) {
                return registration.repeatOf(submission.caller(), key, fingerprint).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
