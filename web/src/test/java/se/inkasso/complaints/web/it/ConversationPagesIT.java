package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Messages both ways in the browser (D24): the debtor writes on their case's page with a receipt,
 * the handler reads it and its document on the staff case page and answers, and the debtor reads
 * the answer in Messages, grouped by case, in English and Swedish, at desktop and phone width; then
 * withdraws the case (D26), once they have ticked that they mean it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConversationPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDebtorWritesWithADocumentAndReadsTheHandlersAnswer() throws Exception {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.fileComplaint();
        Path receipt = Files.createDirectories(Path.of("target", "uploads")).resolve("kvitto-mars.pdf");
        Files.writeString(receipt, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);

        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("portal/my/case.xhtml?reference=" + reference);
            browser.login(fixture.personnummer(), FixtureResource.PASSWORD);
            assertThat(browser.find(By.id("conversation")).getText()).contains("No messages yet");
            browser.submit(By.id("write:send"));
            assertThat(browser.find(By.id("write")).getText()).contains("Write the message before you send it");
            browser.assertAccessible("writing on a case, nothing written");

            browser.type(By.id("write:text"), "Jag betalade i mars. Kvittot bifogas.");
            browser.attach(By.cssSelector("#write\\:attachments input[type=file]"), receipt);
            browser.waitUntil(page -> page.findElement(By.id("write:documents")).getText().contains("kvitto-mars.pdf"));
            browser.screenshot("portal-case-write");
            browser.submit(By.id("write:send"));
            assertThat(browser.text()).contains("we have received your message");
            assertThat(browser.find(By.id("case-messages")).getText()).contains("You wrote",
                    "Jag betalade i mars. Kvittot bifogas.", "kvitto-mars.pdf");
            assertThat(browser.find(By.id("timeline")).getText()).contains("You wrote to us");
            browser.submit(By.id("me:logout"));
        }

        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("staff/case.xhtml?reference=" + reference);
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            assertThat(browser.find(By.id("case-messages")).getText()).contains("The debtor",
                    "Jag betalade i mars.", "kvitto-mars.pdf");
            browser.assertAccessible("the staff case page with messages");
            browser.type(By.id("answer:text"), "Tack! Vi har fått kvittot och kontrollerar betalningen.");
            browser.submit(By.id("answer:send"));
            assertThat(browser.text()).contains("the message is sent");
            assertThat(browser.find(By.id("case-messages")).getText()).contains(fixture.agentName(),
                    "Vi har fått kvittot");
            browser.screenshot("staff-case-messages");
        }

        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("portal/my/messages.xhtml");
            browser.login(fixture.personnummer(), FixtureResource.PASSWORD);
            String inbox = browser.find(By.id("inbox")).getText();
            assertThat(inbox).contains("Complaint " + reference, "We wrote", "Vi har fått kvittot", "You wrote");
            int unread = leadingNumber(browser.find(By.id("unread-count")).getText());
            assertThat(unread).as("the answer and the acknowledgement's notice").isEqualTo(2);
            browser.screenshot("portal-messages-by-case");
            browser.assertAccessible("messages by case");

            new Select(browser.find(By.id("write:case"))).selectByVisibleText("A general question, not about a case");
            browser.type(By.id("write:text"), "Kan jag få breven på engelska?");
            browser.submit(By.id("write:send"));
            assertThat(browser.find(By.id("inbox")).getText()).contains("Messages not about a case",
                    "Kan jag få breven på engelska?");

            browser.submit(By.id("language:sv"));
            assertThat(leadingNumber(browser.find(By.id("unread-count")).getText()))
                    .as("an answer shown once is read; a letter's notice waits for its letter").isEqualTo(1);
            assertThat(browser.find(By.id("inbox")).getText()).contains("Klagomål " + reference, "Vi skrev",
                    "Du skrev", "Meddelanden som inte gäller ett ärende");
            assertThat(browser.find(By.id("write")).getText()).contains("Skriv till oss", "Skicka meddelandet");
            browser.assertAccessible("meddelanden per ärende");
        }

        try (Browser phone = new Browser(base.toString(), 390, 844)) {
            phone.open("portal/my/case.xhtml?reference=" + reference);
            phone.login(fixture.personnummer(), FixtureResource.PASSWORD);
            assertThat(phone.find(By.id("case-messages")).getText()).contains("Vi har fått kvittot");
            phone.screenshot("portal-case-messages-phone");
            phone.assertAccessible("a case with messages at phone width");

            // D26: withdrawn only when the debtor says they mean it
            assertThat(phone.find(By.id("withdraw-text")).getText()).contains("We stop working on it");
            phone.submit(By.id("withdraw:send"));
            assertThat(phone.find(By.id("withdraw")).getText()).contains("Tick the box to confirm");
            phone.click(By.id("withdraw:confirm"));
            phone.submit(By.id("withdraw:send"));
            assertThat(phone.text()).contains("You have withdrawn the case");
            assertThat(phone.find(By.id("status")).getText()).contains("Withdrawn", "we no longer handle it");
            assertThat(phone.find(By.id("timeline")).getText()).contains("You withdrew it");
            assertThat(phone.text()).as("nothing left to withdraw").doesNotContain("Withdraw the case");
            phone.screenshot("portal-case-withdrawn-phone");
            phone.assertAccessible("a withdrawn case at phone width");
        }

        try (Browser staff = new Browser(base.toString(), 1280, 1000)) {
            staff.open("staff/messages.xhtml");
            staff.login(fixture.agentName(), FixtureResource.PASSWORD);
            String list = staff.find(By.id("debtor-messages")).getText();
            assertThat(list).as("nothing a debtor writes goes unseen").contains("Kan jag få breven på engelska?",
                    "In general, not about a case", "Jag betalade i mars.", reference);
            staff.screenshot("staff-debtor-messages");
            staff.assertAccessible("messages from debtors");
        }
    }

    private static int leadingNumber(String text) {
        return Integer.parseInt(text.replaceAll("^([0-9]+).*$", "$1"));
    }
}
