package se.inkasso.complaints.web.it;

import java.io.File;
import java.net.URISyntaxException;
import org.apache.pdfbox.Loader;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration suite ({@link SharedDeployment}): the WAR the build
 * produced, with the test fixtures, the test classes that run inside Payara and their libraries.
 * Every test class returns this archive from its {@code @Deployment} method, so a class behaves
 * the same alone and in the suite.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("complaints.war")))
                // fixtures the client-side tests call and the in-container tests inject
                .addClasses(TestData.class, FixtureResource.class, EventRecorder.class, Api.class, Fixture.class)
                .addClasses(Api.Reply.class, Api.Document.class)
                // the classes with tests that run inside Payara (no @RunAsClient)
                .addClasses(DeadlineIT.class, FollowUpReportIT.class, IntakeApiIT.class, OutboxIT.class,
                        PersistenceAndEventsIT.class, QueueAndAssignmentIT.class)
                .addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class))
                .addAsLibraries(jarOf(Loader.class), jarOf(org.apache.fontbox.ttf.TrueTypeFont.class),
                        jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                        jarOf(org.apache.commons.logging.LogFactory.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
