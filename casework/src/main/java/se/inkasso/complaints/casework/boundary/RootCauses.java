package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.casework.control.RootCauseRepository;
import se.inkasso.complaints.casework.entity.RootCause;
import se.inkasso.complaints.domain.model.Language;

/** The managed list of root causes a closed case must name (D15), as pickers and reports show it. */
@ApplicationScoped
public class RootCauses {

    @Inject
    RootCauseRepository rootCauses;

    /** The root causes that may be chosen now. */
    public List<Name> active() {
        return rootCauses.active().stream().map(RootCauses::name).toList();
    }

    /** A root cause by its code, also one no longer offered (old cases still name it). */
    public Optional<Name> find(String code) {
        return rootCauses.find(code).map(RootCauses::name);
    }

    private static Name name(RootCause cause) {
        return new Name(cause.code(), cause.name(Language.SV), cause.name(Language.EN));
    }

    /** A root cause's code and its name in both languages. */
    public record Name(String code, String sv, String en) {

        public String name(Language language) {
            return language == Language.SV ? sv : en;
        }
    }
}
