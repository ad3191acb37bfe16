package se.inkasso.complaints.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.repository.DebtorRepository;

/** The logged-in person of the current request. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    DebtorRepository debtors;

    /** The staff member's username, or the debtor's personnummer digits. */
    public String name() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotAuthorizedException("Basic realm=\"Complaints\"");
        }
        return principal.getName();
    }

    /** The debtor behind a portal login. */
    public Debtor debtor() {
        return debtors.findByPersonnummer(Personnummer.parse(name()))
                .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Complaints\""));
    }
}
