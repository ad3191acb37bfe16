package se.inkasso.complaints.notification.control;

/**
 * A letter ready to store: its title (on the timeline), the portal message's subject and short
 * text, and the PDF.
 */
public record RenderedLetter(String title, String subject, String summary, byte[] pdf, int pages) {
}
