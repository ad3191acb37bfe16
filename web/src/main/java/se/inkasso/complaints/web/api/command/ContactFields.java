package se.inkasso.complaints.web.api.command;

import java.util.Set;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.money.Money;

/**
 * What a contact says, the same whether the debtor files it in the portal or an agent takes it on
 * the phone (API.md, intake). Without a type, intake classifies the contact by its category and
 * grounds (D1); intake checks the texts' lengths and what each type needs.
 */
public interface ContactFields {

    ContactKind type();

    String claimReference();

    ComplaintCategory category();

    ObjectionGrounds grounds();

    Money disputedAmount();

    String description();

    String remedySought();

    Language language();

    default Set<CaseType> types() {
        return type() == null ? Set.of() : type().types();
    }
}
