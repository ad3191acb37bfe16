package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.casework.control.CaseLoader;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Role;
import se.inkasso.complaints.domain.model.StaffMember;
import se.inkasso.complaints.domain.repository.StaffRepository;

/**
 * Who handles a case: by hand, by the least-loaded rule, or in bulk. A handler is an active agent
 * who writes in the case's language and is never the person the complaint is about (D13).
 */
@ApplicationScoped
public class Assignment {

    @Inject
    CaseRepository cases;

    @Inject
    CaseLoader loader;

    @Inject
    StaffRepository staff;

    Clock clock = Clock.systemUTC();

    /**
     * @param expectedVersion the version the caller saw, or null; a different one means someone
     *                        else changed the case meanwhile
     */
    @Transactional
    public void assign(CaseReference reference, String handler, String actor, Long expectedVersion) {
        Case caseFile = loader.load(reference, expectedVersion, actor);
        giveTo(caseFile, eligible(caseFile, handler), actor, clock.instant());
    }

    /**
     * Gives the case to the eligible agent with the fewest open cases (ties: by username).
     *
     * @return who was chosen
     */
    @Transactional
    public String assignAutomatically(CaseReference reference, String actor, Long expectedVersion) {
        Case caseFile = loader.load(reference, expectedVersion, actor);
        List<String> candidates = staff.findActive(Role.AGENT, caseFile.language()).stream()
                .map(StaffMember::username)
                .filter(username -> caseFile.subjectStaff().map(subject -> !subject.equals(username)).orElse(true))
                .toList();
        Map<String, Long> load = cases.openCasesPerHandler(candidates);
        String chosen = candidates.stream()
                .min(Comparator.<String>comparingLong(load::get).thenComparing(Comparator.naturalOrder()))
                .orElseThrow(() -> new DomainException("assignment.nobody", caseFile.language().code()));
        giveTo(caseFile, chosen, actor, clock.instant());
        return chosen;
    }

    /** Reassigns several cases to one handler, all or none. */
    @Transactional
    public void reassign(List<CaseReference> references, String handler, String actor) {
        Instant now = clock.instant();
        references.forEach(reference -> {
            Case caseFile = loader.load(reference, null, actor);
            giveTo(caseFile, eligible(caseFile, handler), actor, now);
        });
    }

    /** Records whose conduct a complaint is about (D13); such a handler gives the case back. */
    @Transactional
    public void recordSubjectStaff(CaseReference reference, String username, String actor, Long expectedVersion) {
        Case caseFile = loader.load(reference, expectedVersion, actor);
        staff.findByUsername(username)
                .orElseThrow(() -> DomainException.about("username", "assignment.unknown-staff", username));
        caseFile.recordSubjectStaff(username, actor, clock.instant());
    }

    private String eligible(Case caseFile, String username) {
        StaffMember member = staff.findByUsername(username)
                .filter(StaffMember::isActive)
                .orElseThrow(() -> DomainException.about("handler", "assignment.unknown-staff", username));
        if (!member.roles().contains(Role.AGENT)) {
            throw DomainException.about("handler", "assignment.not-agent", username);
        }
        if (!member.languages().contains(caseFile.language())) {
            throw DomainException.about("handler", "assignment.language", username, caseFile.language().code());
        }
        return username;
    }

    private static void giveTo(Case caseFile, String handler, String actor, Instant at) {
        if (handler.equals(caseFile.handler().orElse(null))) {
            return;
        }
        caseFile.assignTo(handler, actor, at);
    }
}
