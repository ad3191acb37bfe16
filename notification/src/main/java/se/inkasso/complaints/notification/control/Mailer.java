package se.inkasso.complaints.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Sends e-mail notices over SMTP ({@code complaints.mail.*}, README). A short outage is ridden out
 * here by a couple of quick retries; a longer one is the outbox's job. The Message-ID comes from the
 * delivery key, so that if a notice is sent again after a crash the debtor's mail client sees one.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "complaints.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "complaints.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "complaints.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "complaints.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "complaints.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "complaints.mail.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "complaints.mail.from", defaultValue = "no-reply@exempelinkasso.se")
    String from;

    @Inject
    @ConfigProperty(name = "complaints.mail.timeout-millis", defaultValue = "10000")
    int timeoutMillis;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        Authenticator authenticator = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.orElse(""), password.orElse(""));
            }
        };
        session = Session.getInstance(properties, authenticator);
    }

    /** E-mail notices are sent only when the agency has configured SMTP (D18: e-mail is optional). */
    public boolean enabled() {
        return enabled;
    }

    /**
     * @throws AddressException   when the address cannot be used: retrying will not help
     * @throws MessagingException when the server cannot be reached or refuses the message
     */
    @Retry(maxRetries = 2, delay = 300, abortOn = AddressException.class)
    public void send(String to, String subject, String text, String messageId) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + messageId + ">");
            }
        };
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
