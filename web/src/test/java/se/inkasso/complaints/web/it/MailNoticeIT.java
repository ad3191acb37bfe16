package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail notices of new letters (D18, D19) against a real SMTP server (GreenMail) that this test
 * starts and stops: while it is down the notices wait and retry, once it is up each arrives once;
 * a notice given up is on the dead-letter list until a team lead sends it again. A notice never
 * carries the letter's content.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailNoticeIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3025);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void noticesWaitWhileTheMailServerIsDownAndArriveOnceWhenItIsUp() throws Exception {
        String address = "debtor-" + UUID.randomUUID() + "@example.se";
        Fixture fixture = Fixture.withEmail(base, address);
        String first = file(fixture, fixture.claim());
        String second = file(fixture, fixture.secondClaim());

        await().atMost(Duration.ofSeconds(30)).until(() -> emailsOf(fixture, first, second).stream()
                .allMatch(notice -> notice.getInt("attempts") >= 1 && notice.containsKey("lastError")
                        && notice.getString("status").equals("PENDING")));

        smtp = start();
        await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsOf(fixture, first, second).stream()
                .allMatch(notice -> notice.getString("status").equals("SENT")));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(this::messageId).distinct()).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo(address);
            assertThat(message.getSubject()).isEqualTo("Du har ett nytt brev i Mina sidor");
            assertThat(String.valueOf(message.getContent())).as("never the letter's personal content")
                    .contains("Mina sidor").doesNotContain(first, second, fixture.claim(), "klagomål");
        }
    }

    @Test
    void aNoticeGivenUpIsOnTheDeadLetterListUntilATeamLeadSendsItAgain() {
        String address = "debtor-" + UUID.randomUUID() + "@example.se";
        Fixture fixture = Fixture.withEmail(base, address);
        String reference = file(fixture, fixture.claim());

        JsonObject dead = await().atMost(Duration.ofSeconds(60)).until(() -> emailsOf(fixture, reference).stream()
                .filter(item -> item.getString("status").equals("DEAD")).findFirst().orElse(null),
                java.util.Objects::nonNull);
        assertThat(fixture.agent().get("notifications?status=DEAD").status()).isEqualTo(200);
        assertThat(dead.getString("channel")).isEqualTo("EMAIL");
        assertThat(dead.getString("lastError")).contains("mail server");

        smtp = start();
        assertThat(fixture.agent().post("notifications/" + dead.getInt("id") + "/retry", "").status())
                .as("agents do not retry").isEqualTo(403);
        assertThat(fixture.teamLead().post("notifications/" + dead.getInt("id") + "/retry", "").object()
                .getString("status")).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> emailsOf(fixture, reference).get(0).getString("status")
                .equals("SENT"));
        assertThat(fixture.teamLead().post("notifications/" + dead.getInt("id") + "/retry", "").status())
                .as("sent is sent").isEqualTo(409);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static String file(Fixture fixture, String claim) {
        return fixture.debtor().post("portal/cases", """
                {"type":"COMPLAINT","claimReference":"%s","category":"SERVICE",
                 "description":"Jag fick inget svar på mitt mejl.","language":"sv"}""".formatted(claim))
                .object().getString("reference");
    }

    /** The e-mail notices of these cases, whatever their state. */
    private static List<JsonObject> emailsOf(Fixture fixture, String... references) {
        return Arrays.stream(references)
                .flatMap(reference -> fixture.agent().get("notifications?case=" + reference).object()
                        .getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .filter(item -> item.getString("channel").equals("EMAIL"))
                .toList();
    }

    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
