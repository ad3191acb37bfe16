package se.inkasso.complaints.domain.model;

/** The two legal paths a contact can take (D1). */
public enum CaseType {
    /** Dissatisfaction with how the agency works. */
    COMPLAINT("KL"),
    /** The debtor says the claim is wrong; puts collection on hold (D6). */
    OBJECTION("BE");

    private final String referencePrefix;

    CaseType(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }

    /** KL (klagomål) or BE (bestridande): distinct so staff see the path from the reference. */
    public String referencePrefix() {
        return referencePrefix;
    }
}
