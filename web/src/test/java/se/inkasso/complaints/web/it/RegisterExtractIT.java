package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register extract (D29): the debtor downloads everything held about them, as JSON (complete,
 * with codes) and as a PDF in words; nothing of anyone else's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterExtractIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDebtorDownloadsEverythingHeldAboutThemAndNothingElse() throws IOException {
        Fixture fixture = Fixture.create(base);
        Fixture stranger = Fixture.create(base);
        String reference = fixture.fileComplaint();
        String strangers = stranger.fileComplaint();
        fixture.debtor().post("portal/messages", """
                {"text":"Kvittot kommer i morgon.","caseReference":"%s"}""".formatted(reference));
        fixture.debtor().post("portal/messages", "{\"text\":\"Har ni min nya adress?\"}");

        Api.Reply reply = fixture.debtor().get("portal/personal-data");
        assertThat(reply.status()).isEqualTo(200);
        JsonObject extract = reply.object();
        assertThat(extract.getJsonObject("person").getString("personnummer")).isEqualTo(fixture.personnummer());
        assertThat(extract.getJsonArray("claims").getValuesAs(JsonObject.class))
                .extracting(claim -> claim.getString("reference")).contains(fixture.claim(), fixture.secondClaim());
        JsonObject filed = extract.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(one -> one.getString("reference").equals(reference)).findFirst().orElseThrow();
        assertThat(filed.getString("description")).isEqualTo("Ingen svarade.");
        assertThat(filed.getJsonArray("messages").getJsonObject(0).getString("text")).isEqualTo("Kvittot kommer i morgon.");
        assertThat(extract.getJsonArray("messages").getJsonObject(0).getString("text"))
                .isEqualTo("Har ni min nya adress?");
        assertThat(reply.body()).doesNotContain(strangers, stranger.personnummer());

        Api.Document pdf = fixture.debtor().download("portal/personal-data");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        java.nio.file.Path kept = java.nio.file.Path.of("target", "documents", "registerutdrag.pdf");
        java.nio.file.Files.createDirectories(kept.getParent());
        java.nio.file.Files.write(kept, pdf.body());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        }
        assertThat(text).contains("Registerutdrag", fixture.personnummer(), reference, "Ingen svarade.",
                "Kvittot kommer i morgon.", "Har ni min nya adress?", fixture.claim(), "artikel 15")
                .doesNotContain(strangers, "${", "COMPLAINT", "ACKNOWLEDGED");
        assertThat(fixture.debtor().get("portal/personal-data?format=word").status()).isEqualTo(400);
        assertThat(fixture.agent().get("portal/personal-data").status()).isEqualTo(403);
    }
}
