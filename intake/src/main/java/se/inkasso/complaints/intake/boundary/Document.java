package se.inkasso.complaints.intake.boundary;

/** A document a debtor sent, as it is handed back: its name, its checked media type and its bytes. */
public record Document(String fileName, String mediaType, byte[] content) {

    public Document {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
