package se.inkasso.complaints.domain.model;

/** How a contact reached the agency (D2). There is deliberately no SMS channel (D18). */
public enum Channel {
    PORTAL,
    PHONE
}
