package se.inkasso.complaints.web.api;

import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.CaseReference;

/** A case reference from a URL: a malformed one names nothing, so it is simply not found. */
final class CaseReferences {

    private CaseReferences() {
    }

    /** A reference that must name a case; a malformed one is a 404 like an unknown one. */
    static CaseReference parse(String reference) {
        try {
            return new CaseReference(reference);
        } catch (DomainException malformed) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }
}
