package se.inkasso.complaints.web.api.command;


/** {@code POST /api/cases/{reference}/subject-staff} (D13): the staff member a complaint is about. */
public record NameSubjectStaff(
        @Required @MaxLength(60) String username) {
}
