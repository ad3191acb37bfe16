package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.money.Money;

/**
 * {@code POST /api/cases/{reference}/responses} (D14): the decision, its reasons and redress; the
 * letter states that handling is free and the routes onward unless told not to (then the checklist
 * refuses to send it).
 */
public record DraftResponse(@Required Decision decision,
        @MaxLength(8000) String reasons,
        @MaxLength(2000) String redress, @PositiveAmount Money redressAmount, Language language,
        Boolean statesFreeOfCharge, Boolean statesOnwardRoutes) {

    public boolean freeOfChargeStated() {
        return statesFreeOfCharge == null || statesFreeOfCharge;
    }

    public boolean onwardRoutesStated() {
        return statesOnwardRoutes == null || statesOnwardRoutes;
    }
}
