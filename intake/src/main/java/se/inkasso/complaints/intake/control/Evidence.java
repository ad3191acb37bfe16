package se.inkasso.complaints.intake.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.intake.boundary.Upload;

/**
 * What a debtor may send with a contact: at most {@value #MOST_FILES} documents of at most
 * {@value #LARGEST_MB} MB each, and only PDF, JPEG or PNG as told by the first bytes of the
 * content — a name ending in .pdf proves nothing, and a program renamed to a receipt is refused.
 */
public final class Evidence {

    public static final int MOST_FILES = 5;
    public static final int LARGEST_MB = 10;
    static final int LARGEST_BYTES = LARGEST_MB * 1024 * 1024;
    private static final int LONGEST_NAME = 200;

    /** A document that passed: its media type read from its content. */
    public record Checked(String fileName, String mediaType, byte[] content, String sha256) {
    }

    private Evidence() {
    }

    /** Checks every document and names each one refused, all at once. */
    public static List<Checked> check(List<Upload> uploads) {
        List<FieldError> errors = new ArrayList<>();
        if (uploads.size() > MOST_FILES) {
            errors.add(new FieldError("attachments", "intake.attachment.count", MOST_FILES));
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            String name = name(upload.fileName());
            byte[] content = upload.content();
            Optional<String> type = mediaType(content);
            if (content.length == 0) {
                errors.add(new FieldError("attachments", "intake.attachment.empty", name));
            } else if (content.length > LARGEST_BYTES) {
                errors.add(new FieldError("attachments", "intake.attachment.size", name, LARGEST_MB));
            } else if (type.isEmpty()) {
                errors.add(new FieldError("attachments", "intake.attachment.type", name));
            } else {
                checked.add(new Checked(withExtensionOf(name, type.get()), type.get(), content, sha256(content)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return checked;
    }

    /** PDF, JPEG or PNG by their signatures; anything else is empty. */
    static Optional<String> mediaType(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name without any folder a browser sent and without control characters, and never longer
     * than the column (with room for an extension).
     */
    private static String name(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.isEmpty() ? "document" : name;
        int longest = LONGEST_NAME - 5;
        return name.length() > longest ? name.substring(name.length() - longest) : name;
    }

    /**
     * The name ending as its content is: a PDF sent as {@code kvitto.html} is kept as
     * {@code kvitto.html.pdf}, so that whoever opens it later is not misled by the name.
     */
    static String withExtensionOf(String name, String mediaType) {
        List<String> fitting = switch (mediaType) {
            case "application/pdf" -> List.of(".pdf");
            case "image/jpeg" -> List.of(".jpg", ".jpeg");
            default -> List.of(".png");
        };
        String lower = name.toLowerCase(Locale.ROOT);
        return fitting.stream().anyMatch(lower::endsWith) ? name : name + fitting.get(0);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
