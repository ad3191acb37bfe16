package se.inkasso.complaints.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The data source of the persistence unit, whatever the runtime calls it (the WAR's own
 * {@code java:app/jdbc/complaints} or the server's {@code jdbc/complaints} for the EAR), for the
 * work that needs plain JDBC: migrations, health, knowing which database this is.
 */
@ApplicationScoped
public class Database {

    /** The name of the one persistence unit. */
    public static final String UNIT = "complaints";

    @PersistenceUnit(unitName = UNIT)
    EntityManagerFactory entityManagerFactory;

    public DataSource dataSource() {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
    }

    /** The product name the JDBC driver reports, e.g. {@code PostgreSQL} or {@code H2}. */
    public String productName() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    /**
     * Whether this is the embedded H2 database of the zero-setup default (demo data, demo logins):
     * H2 in this process, never an H2 server reached over the network, which could be anyone's.
     */
    public boolean isEmbedded() {
        try (Connection connection = dataSource().getConnection()) {
            return isEmbedded(connection.getMetaData().getDatabaseProductName(), connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database is configured", e);
        }
    }

    static boolean isEmbedded(String productName, String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return "H2".equalsIgnoreCase(productName) && lower.startsWith("jdbc:h2:")
                && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }
}
