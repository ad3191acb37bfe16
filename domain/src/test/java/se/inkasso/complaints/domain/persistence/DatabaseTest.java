package se.inkasso.complaints.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only H2 inside this process is the embedded default; an H2 server elsewhere is not. */
class DatabaseTest {

    @Test
    void embeddedIsH2InThisProcessOnly() {
        assertThat(Database.isEmbedded("H2", "jdbc:h2:file:./data/complaints;MODE=PostgreSQL")).isTrue();
        assertThat(Database.isEmbedded("H2", "jdbc:h2:mem:test")).isTrue();
        assertThat(Database.isEmbedded("H2", "jdbc:h2:tcp://db.internal:9092/complaints")).isFalse();
        assertThat(Database.isEmbedded("H2", "JDBC:H2:SSL://db.internal/complaints")).isFalse();
        assertThat(Database.isEmbedded("PostgreSQL", "jdbc:postgresql://127.0.0.1/complaints")).isFalse();
    }
}
