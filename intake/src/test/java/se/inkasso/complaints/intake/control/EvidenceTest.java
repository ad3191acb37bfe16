package se.inkasso.complaints.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.intake.boundary.Upload;

/** Attachments (#8) are judged by their content, not by their names. */
class EvidenceTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    @Test
    void acceptsPdfJpegAndPngByTheirFirstBytes() {
        List<Evidence.Checked> checked = Evidence.check(List.of(new Upload("kvitto.pdf", PDF),
                new Upload("C:\\Users\\sara\\foto.jpg", JPEG), new Upload("skärmbild", PNG)));

        assertThat(checked).extracting(Evidence.Checked::mediaType)
                .containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(checked).extracting(Evidence.Checked::fileName).containsExactly("kvitto.pdf", "foto.jpg", "skärmbild.png");
        assertThat(checked.get(0).sha256()).hasSize(64);
    }

    @Test
    void aNameEndsAsItsContentIsAndHoldsNoControlCharacters() {
        List<Evidence.Checked> checked = Evidence.check(List.of(new Upload("x.html", PDF),
                new Upload("C:\\Users\\sara\\foto.JPEG", JPEG), new Upload("skärm\u0000\u001b[2J.png.exe", PNG)));
        assertThat(checked).extracting(Evidence.Checked::fileName)
                .containsExactly("x.html.pdf", "foto.JPEG", "skärm[2J.png.exe.png");
    }

    @Test
    void refusesAProgramNamedLikeAReceiptAndSaysWhich() {
        byte[] program = {'M', 'Z', (byte) 0x90, 0};
        assertThatThrownBy(() -> Evidence.check(List.of(new Upload("kvitto.pdf", program))))
                .isInstanceOfSatisfying(InvalidFieldsException.class, refused -> {
                    assertThat(refused.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("attachments");
                        assertThat(error.key()).isEqualTo("intake.attachment.type");
                        assertThat(error.arguments()).containsExactly("kvitto.pdf");
                    });
                });
    }

    @Test
    void refusesTooLargeEmptyAndTooManyAllAtOnce() {
        byte[] large = new byte[Evidence.LARGEST_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        List<Upload> seven = new java.util.ArrayList<>(Collections.nCopies(5, new Upload("a.png", PNG)));
        seven.add(new Upload("stor.pdf", large));
        seven.add(new Upload("tom.pdf", new byte[0]));

        assertThatThrownBy(() -> Evidence.check(seven)).isInstanceOfSatisfying(InvalidFieldsException.class,
                refused -> assertThat(refused.errors()).extracting(error -> error.key())
                        .containsExactly("intake.attachment.count", "intake.attachment.size",
                                "intake.attachment.empty"));
    }
}
