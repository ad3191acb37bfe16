package se.inkasso.complaints.web.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, with the test classes and their libraries added. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive applicationWith(Class<?>... testClasses) {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("complaints.war")))
                .addClasses(testClasses)
                .addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class));
    }

    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
