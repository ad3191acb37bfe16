package se.inkasso.complaints.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro for the whole integration suite: Arquillian's managed container starts a JVM
 * per deployment, and it deploys once per test class, so every class cost a start. Every class
 * declares the same archive ({@link Deployments#application()}); the first class's deployment is
 * made and kept, the later classes are given it, and it is taken down once after the last class.
 * A class run on its own behaves the same.
 *
 * <p>After the deployment the tests are pointed at 127.0.0.1 (Payara Micro reports the machine's
 * external address) and the first test waits until {@code /health/ready} says the application is
 * ready, not only deployed.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** Observes Arquillian's class-level deployment events and lets only the first and the last through. */
    public static class Lifecycle {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        private Class<?> firstClass;
        private boolean deployed;
        private RuntimeException failure;
        private boolean takingDown;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            if (shared == null) {
                context.proceed();
                shared = scenario.get();
                firstClass = context.getEvent().getTestClass().getJavaClass();
            } else {
                scenario.set(shared);
            }
        }

        /** The first class deploys; a later class meets the first one's failure again, never an empty server. */
        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (failure != null) {
                throw new IllegalStateException("The shared deployment failed for an earlier class", failure);
            }
            if (!deployed) {
                try {
                    context.proceed();
                    deployed = true;
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (takingDown) {
                context.proceed();
            }
        }

        /** Points the tests at the loopback address and waits for readiness. */
        public void deployed(@Observes AfterDeploy event) {
            ProtocolMetaData reported = protocolMetaData.get();
            if (reported == null || !reported.hasContext(HTTPContext.class)) {
                return;
            }
            HTTPContext external = reported.getContext(HTTPContext.class);
            HTTPContext loopback = new HTTPContext("127.0.0.1", external.getPort());
            external.getServlets().forEach(servlet -> loopback.add(new Servlet(servlet.getName(),
                    servlet.getContextRoot())));
            protocolMetaData.set(new ProtocolMetaData().addContext(loopback));
            URI ready = URI.create("http://127.0.0.1:" + external.getPort() + "/health/ready");
            Awaitility.await("the application at " + ready + " says it is ready")
                    .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        }

        /** Runs before Arquillian stops its containers; undeploying the Payara Micro ends its JVM. */
        public void takeDown(@Observes(precedence = 100) AfterSuite event) {
            if (shared == null || !deployed) {
                return;
            }
            classContext.get().activate(firstClass);
            try {
                scenario.set(shared);
                takingDown = true;
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                takingDown = false;
                classContext.get().deactivate();
            }
        }
    }
}
