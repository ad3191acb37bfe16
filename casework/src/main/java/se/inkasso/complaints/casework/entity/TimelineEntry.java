package se.inkasso.complaints.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.persistence.TimelineStepConverter;

/**
 * One step in a case's history: what happened, who did it and when. The audit trail the agency
 * shows its supervisor; append-only.
 */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Column(nullable = false)
    private Instant at;

    /** Username of the staff member, {@code debtor}, or {@code system} for scheduled work. */
    @Column(nullable = false, length = 60)
    private String actor;

    @Convert(converter = TimelineStepConverter.class)
    @Column(nullable = false, length = 60)
    private TimelineStep step;

    @Column(length = 4000)
    private String detail;

    /** Decided by the step; kept in its column beside the step's code for whoever reads the table directly. */
    @Column(name = "visible_to_debtor", nullable = false)
    private boolean visibleToDebtor;

    protected TimelineEntry() {
    }

    /**
     * A step the system records beside a case without editing it (a letter sent, an acknowledgement),
     * to be persisted on its own: the case's version stays, so no handler's save is refused for it.
     */
    public static TimelineEntry beside(Case caseFile, Instant at, TimelineStep step, String detail) {
        return beside(caseFile, at, Case.SYSTEM, step, detail);
    }

    /** The same, for what someone did around the case without editing it (a message written, D24). */
    public static TimelineEntry beside(Case caseFile, Instant at, String actor, TimelineStep step, String detail) {
        return new TimelineEntry(caseFile, at, actor, step, detail);
    }

    TimelineEntry(Case caseFile, Instant at, String actor, TimelineStep step, String detail) {
        this.caseFile = caseFile;
        this.at = at;
        this.actor = actor;
        this.step = step;
        this.detail = detail;
        this.visibleToDebtor = step.visibleToDebtor();
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public TimelineStep step() {
        return step;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

}
