package se.inkasso.complaints.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.inkasso.complaints.domain.repository.Store;
import se.inkasso.complaints.intake.entity.ScamReport;

/** The register of reported scam messages, for the fraud team (D18). */
@ApplicationScoped
public class ScamReportRepository extends Store<ScamReport> {

    public ScamReportRepository() {
        super(ScamReport.class);
    }

    /** The newest reports first, a page at a time. */
    public List<ScamReport> newest(int first, int max) {
        return query("select s from ScamReport s order by s.reportedAt desc, s.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }
}
