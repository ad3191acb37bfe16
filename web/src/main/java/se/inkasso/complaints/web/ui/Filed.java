package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The confirmation after filing: the reference of each case, its dates and what happens next. */
@Named
@RequestScoped
public class Filed {

    @Inject
    DebtorView view;

    private List<DebtorView.CaseView> filed;

    /** Only the caller's own cases: a reference of someone else's shows nothing. */
    public List<DebtorView.CaseView> getCases() {
        if (filed == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String references = faces.getExternalContext().getRequestParameterMap().getOrDefault("references", "");
            filed = Arrays.stream(references.split(",")).map(reference -> view.ownCase(reference))
                    .flatMap(Optional::stream).toList();
        }
        return filed;
    }

    public boolean isObjection() {
        return getCases().stream().anyMatch(c -> "OBJECTION".equals(c.type()));
    }
}
