package se.inkasso.complaints.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.intake.control.RateLimiter;
import se.inkasso.complaints.intake.control.ScamReportRepository;
import se.inkasso.complaints.intake.entity.ScamReport;

/**
 * Anyone, without logging in, can report a message that falsely claims to come from the agency
 * (D18). Reports go to the fraud team's register, never to the case queues, and each client
 * address may send only a few per window so the public form cannot be used to flood it.
 */
@ApplicationScoped
public class ScamReportService {

    @Inject
    ScamReportRepository reports;

    @Inject
    @ConfigProperty(name = "complaints.scam-reports.per-client", defaultValue = "5")
    int perClient;

    @Inject
    @ConfigProperty(name = "complaints.scam-reports.window-minutes", defaultValue = "10")
    int windowMinutes;

    Clock clock = Clock.systemUTC();

    private RateLimiter limiter;

    @PostConstruct
    void createLimiter() {
        limiter = new RateLimiter(perClient, Duration.ofMinutes(windowMinutes));
    }

    /**
     * @param clientAddress where the report came from, for the rate limit only; not stored
     * @throws RateLimitedException when the address has sent too many reports lately
     */
    @Transactional
    public ScamReportInfo report(Instant messageReceivedAt, String sender, String text, String clientAddress) {
        List<FieldError> errors = new ArrayList<>();
        if (sender == null || sender.isBlank()) {
            errors.add(new FieldError("sender", "scam.sender-missing"));
        } else if (sender.strip().length() > TextLimits.SCAM_SENDER) {
            errors.add(new FieldError("sender", "intake.too-long", TextLimits.SCAM_SENDER));
        }
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("text", "scam.text-missing"));
        } else if (text.strip().length() > TextLimits.SCAM_TEXT) {
            errors.add(new FieldError("text", "intake.too-long", TextLimits.SCAM_TEXT));
        }
        Instant now = clock.instant();
        if (messageReceivedAt != null && messageReceivedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            errors.add(new FieldError("receivedAt", "scam.received-future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        if (!limiter.tryAcquire(clientAddress, now)) {
            throw new RateLimitedException(limiter.retryAfter(clientAddress, now));
        }
        ScamReport report = reports.add(new ScamReport(now, messageReceivedAt, sender.strip(), text.strip()));
        reports.flush();
        return info(report);
    }

    public List<ScamReportInfo> newest(int first, int max) {
        return reports.newest(first, max).stream().map(ScamReportService::info).toList();
    }

    private static ScamReportInfo info(ScamReport report) {
        return new ScamReportInfo(report.id(), report.reportedAt(), report.messageReceivedAt().orElse(null),
                report.sender(), report.text());
    }
}
