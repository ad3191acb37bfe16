package se.inkasso.complaints.intake.boundary;

import java.util.List;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.intake.control.Evidence;

/**
 * A document as the debtor sent it: the name their device gave it and its bytes. Neither the name
 * nor any type the browser claimed decides what it is; intake reads the content.
 */
public record Upload(String fileName, byte[] content) implements java.io.Serializable {

    public Upload {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * Checks a document the moment the debtor chooses it, beside those chosen before, as the filing
     * will check them all: so the page can refuse it at once, naming why.
     *
     * @throws InvalidFieldsException when there are enough documents already, or this one is empty,
     *         too large or not a PDF, JPEG or PNG by its content
     */
    public static void checkBeside(List<Upload> chosen, Upload next) {
        if (chosen.size() >= Evidence.MOST_FILES) {
            throw new InvalidFieldsException("attachments", "intake.attachment.count", Evidence.MOST_FILES);
        }
        Evidence.check(List.of(next));
    }
}
