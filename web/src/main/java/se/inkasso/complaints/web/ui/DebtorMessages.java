package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.notification.boundary.Conversations;
import se.inkasso.complaints.notification.boundary.InboxMessage;

/**
 * What debtors wrote in Mina sidor (D24), newest first, for staff: each with its debtor and, for a
 * message about a case, the case to answer it from. A message in general is seen here until the
 * intake queue takes them (#20).
 */
@Named
@RequestScoped
public class DebtorMessages {

    private static final int SHOWN = 200;

    /** One message as the list shows it. */
    public record Line(String at, String debtorName, String personnummer, String caseReference, String text) {
    }

    @Inject
    Conversations conversations;

    @Inject
    DebtorRepository debtors;

    @Inject
    CaseLookup cases;

    private List<Line> lines;

    @Transactional
    public List<Line> getLines() {
        if (lines == null) {
            lines = conversations.fromDebtors(SHOWN).stream().map(this::line).toList();
        }
        return lines;
    }

    private Line line(InboxMessage message) {
        Debtor debtor = debtors.find(message.debtorId()).orElseThrow();
        String reference = message.caseId() == null ? null
                : cases.find(message.caseId()).map(facts -> facts.reference().value()).orElse(null);
        return new Line(CasePage.minute(message.createdAt()), debtor.name(), debtor.personnummer().masked(), reference, message.body());
    }
}
