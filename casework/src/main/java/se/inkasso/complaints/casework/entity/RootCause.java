package se.inkasso.complaints.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.inkasso.complaints.domain.model.Language;

/** A root-cause category from the managed list a closed case must name (D15). */
@Entity
@Table(name = "root_cause")
public class RootCause {

    @Id
    @Column(length = 60)
    private String code;

    @Column(name = "name_sv", nullable = false, length = 200)
    private String nameSv;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    protected RootCause() {
    }

    public String code() {
        return code;
    }

    public String name(Language language) {
        return language == Language.SV ? nameSv : nameEn;
    }

    public boolean isActive() {
        return active;
    }
}
