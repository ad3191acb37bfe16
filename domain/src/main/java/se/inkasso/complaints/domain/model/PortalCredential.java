package se.inkasso.complaints.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A password for the portal's demo login. Production debtors sign in through the agency's
 * e-identification broker and have none; only the embedded default's demo data creates these.
 */
@Entity
@Table(name = "portal_credential")
public class PortalCredential {

    @Id
    @Column(name = "debtor_id")
    private Long debtorId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "debtor_id")
    private Debtor debtor;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    protected PortalCredential() {
    }

    public PortalCredential(Debtor debtor, String passwordHash) {
        this.debtor = debtor;
        this.passwordHash = passwordHash;
    }

    public Debtor debtor() {
        return debtor;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
