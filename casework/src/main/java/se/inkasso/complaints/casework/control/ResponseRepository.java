package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.inkasso.complaints.casework.entity.FinalResponse;
import se.inkasso.complaints.domain.repository.Store;

/** Final responses of cases, drafted and sent. */
@ApplicationScoped
public class ResponseRepository extends Store<FinalResponse> {

    public ResponseRepository() {
        super(FinalResponse.class);
    }

    public List<FinalResponse> findByCase(long caseId) {
        return query("select r from FinalResponse r where r.caseFile.id = :case order by r.draftedAt, r.id")
                .setParameter("case", caseId).getResultList();
    }
}
