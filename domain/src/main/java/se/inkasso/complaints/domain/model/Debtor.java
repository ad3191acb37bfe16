package se.inkasso.complaints.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.persistence.PersonnummerConverter;

/** A person who owes on a claim the agency collects; uses the portal "Mina sidor". */
@Entity
@Table(name = "debtor")
public class Debtor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = PersonnummerConverter.class)
    @Column(nullable = false, unique = true, length = 12)
    private Personnummer personnummer;

    @Column(nullable = false, length = 200)
    private String name;

    @Embedded
    private PostalAddress address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(length = 254)
    private String email;

    @Column(name = "email_consent", nullable = false)
    private boolean emailConsent;

    @Version
    private long version;

    protected Debtor() {
    }

    public Debtor(Personnummer personnummer, String name, PostalAddress address, Language language) {
        this.personnummer = personnummer;
        this.name = name;
        this.address = address;
        this.language = language;
    }

    public Long id() {
        return id;
    }

    public Personnummer personnummer() {
        return personnummer;
    }

    public String name() {
        return name;
    }

    public PostalAddress address() {
        return address;
    }

    public Language language() {
        return language;
    }

    /**
     * Where to send a short e-mail notice of a new letter in Mina sidor (D18): only with an address
     * and the debtor's consent on file; e-mail is optional and never carries the letter itself.
     */
    /** The e-mail address on file, with or without consent to notices. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public boolean emailConsent() {
        return emailConsent;
    }

    public Optional<String> noticeAddress() {
        return emailConsent && email != null && !email.isBlank() ? Optional.of(email) : Optional.empty();
    }

    /** Records the debtor's e-mail address and whether they want notices there. */
    public void changeEmail(String newEmail, boolean consent) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        this.emailConsent = consent && this.email != null;
    }

    public long version() {
        return version;
    }
}
