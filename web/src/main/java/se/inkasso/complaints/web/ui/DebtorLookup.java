package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.domain.repository.DebtorRepository;

/** Finds the debtor on the phone by personnummer or by a claim reference they read out. */
@ApplicationScoped
public class DebtorLookup {

    /** The caller as the intake form shows them: masked personnummer (D21), claims, cases. */
    public record Found(long id, String name, String personnummer, String language, List<ClaimLine> claims,
            List<CaseLine> cases) implements Serializable {
    }

    /** One of the debtor's claims. */
    public record ClaimLine(String reference, String creditor, BigDecimal balance, String collectionStatus,
            LocalDate dueDate) implements Serializable {
    }

    /** One of the debtor's cases, open ones first. */
    public record CaseLine(String reference, String type, String status, boolean open) implements Serializable {
    }

    @Inject
    DebtorRepository debtors;

    @Inject
    ClaimRepository claims;

    @Inject
    CaseQueue cases;

    /**
     * @param query a personnummer in any usual form, or a claim reference
     * @return empty when no debtor matches
     */
    @Transactional
    public Optional<Found> find(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Debtor> debtor = personnummer(text).flatMap(debtors::findByPersonnummer)
                .or(() -> claims.findByReference(text).map(claim -> claim.debtor()));
        return debtor.map(this::found);
    }

    private static Optional<Personnummer> personnummer(String text) {
        try {
            return Optional.of(Personnummer.parse(text));
        } catch (DomainException notOne) {
            return Optional.empty();
        }
    }

    private Found found(Debtor debtor) {
        return new Found(debtor.id(), debtor.name(), debtor.personnummer().masked(), debtor.language().code(),
                claims.findByDebtor(debtor.id()).stream().map(claim -> new ClaimLine(claim.reference(),
                        claim.creditor().name(), claim.balance().amount(), claim.collectionStatus().name(),
                        claim.dueDate())).toList(),
                cases.ofDebtor(debtor.id()).stream()
                        .map(c -> new CaseLine(c.reference().value(), c.type().name(), c.status().name(), c.isOpen()))
                        .toList());
    }
}
