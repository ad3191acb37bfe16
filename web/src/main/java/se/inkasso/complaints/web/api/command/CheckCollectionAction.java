package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.domain.model.CollectionAction;
import se.inkasso.complaints.domain.money.Money;

/** {@code POST /api/claims/{reference}/collection-actions} (D6, D8): may this action be taken now, for this amount? */
public record CheckCollectionAction(@Required CollectionAction action, @PositiveAmount Money amount) {
}
