package se.inkasso.complaints.intake.boundary;

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
}
