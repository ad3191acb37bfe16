package se.inkasso.complaints.domain.model;

/** Where a debtor can take a case outside the agency (D17). */
public enum ExternalBody {
    /** Inkassonämnden, Box 592, 101 31 Stockholm: good practice in debt collection. */
    INKASSONAMNDEN,
    /** Finansinspektionen, Box 7821, 103 97 Stockholm: supervision of the agency. */
    FINANSINSPEKTIONEN
}
