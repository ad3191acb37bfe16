package se.inkasso.complaints.domain.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;

/** A person at the agency who works cases: agent, team lead, complaints officer or administrator. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Salted PBKDF2 hash in the format of Jakarta Security's {@code Pbkdf2PasswordHash}. */
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_language", joinColumns = @JoinColumn(name = "staff_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected StaffMember() {
    }

    public StaffMember(String username, String displayName, String passwordHash, Set<Role> roles,
            Set<Language> languages) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.languages = EnumSet.copyOf(languages);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Set<Language> languages() {
        return Set.copyOf(languages);
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }
}
