package se.inkasso.complaints.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The agency's client whose claims it collects. */
@Entity
@Table(name = "creditor")
public class Creditor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "organisation_number", nullable = false, unique = true, length = 11)
    private String organisationNumber;

    @Version
    private long version;

    protected Creditor() {
    }

    public Creditor(String name, String organisationNumber) {
        this.name = name;
        this.organisationNumber = organisationNumber;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public long version() {
        return version;
    }
}
