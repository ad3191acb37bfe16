package se.inkasso.complaints.web.standalone;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source when the WAR runs on its own. Every value comes from
 * MicroProfile Config (system properties, environment variables such as {@code COMPLAINTS_DB_URL},
 * or the defaults in {@code META-INF/microprofile-config.properties}: an H2 file under ./data).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/complaints",
        className = "${MPCONFIG=complaints.db.datasource-class}",
        url = "${MPCONFIG=complaints.db.url}",
        user = "${MPCONFIG=complaints.db.user}",
        password = "${MPCONFIG=complaints.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
@ApplicationScoped
public class EmbeddedDataSource {
}
