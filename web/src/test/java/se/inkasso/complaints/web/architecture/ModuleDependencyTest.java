package se.inkasso.complaints.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Entity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feature modules depend on {@code domain} only and talk through events (docs/ARCHITECTURE.md):
 * none may use another feature module or the web tier, and the domain uses none of them. Each
 * aggregate is used by its owning module alone (nobody else touches its entity or control
 * packages: the web tier goes through its boundary) and the domain keeps only the shared kernel;
 * every event is observed by someone; the pages do not use the JSON API.
 */
class ModuleDependencyTest {

    private static final String ROOT = "se.inkasso.complaints";
    private static final String[] FEATURES = {"intake", "casework", "escalation", "notification"};

    /** The aggregates every module may read: the shared kernel (docs/ARCHITECTURE.md). */
    private static final Set<String> SHARED_KERNEL = Set.of("Debtor", "Creditor", "Claim", "CollectionHold",
            "StaffMember", "PortalCredential", "ComplaintPolicy");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @ParameterizedTest(name = "{0} uses no other feature module and not web")
    @ValueSource(strings = {"intake", "casework", "escalation", "notification"})
    void featureModuleDependsOnDomainOnly(String feature) {
        String[] forbidden = Arrays.stream(FEATURES).filter(other -> !other.equals(feature))
                .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".web..");
        rule.check(classes);
    }

    @Test
    void domainDependsOnNoFeatureModuleAndNotOnWeb() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".intake..", ROOT + ".casework..",
                        ROOT + ".escalation..", ROOT + ".notification..", ROOT + ".web..")
                .check(classes);
    }

    @Test
    void eventsAreRecordsOfIdsAndValuesNeverEntities() {
        classes()
                .that().resideInAPackage(ROOT + ".domain.event").and().areNotAnnotatedWith(Deprecated.class)
                .and().doNotHaveSimpleName("package-info")
                .should().beRecords()
                .andShould().notBeAnnotatedWith(Entity.class)
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".domain.event")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    /** Casework owns cases, intake what a debtor sent: the domain keeps only what all of them share. */
    @Test
    void theDomainModelHoldsOnlyTheSharedKernel() {
        List<String> entities = classes.stream()
                .filter(type -> type.getPackageName().equals(ROOT + ".domain.model") && type.isAnnotatedWith(Entity.class))
                .map(JavaClass::getSimpleName).toList();
        assertThat(entities).as("entities in domain.model").containsExactlyInAnyOrderElementsOf(SHARED_KERNEL);
    }

    @ParameterizedTest(name = "only {0} uses its own records and their repositories")
    @ValueSource(strings = {"intake", "casework", "escalation", "notification"})
    void aModulesRecordsAreUsedByThatModuleAlone(String owner) {
        noClasses().that().resideOutsideOfPackage(ROOT + "." + owner + "..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "." + owner + ".entity..",
                        ROOT + "." + owner + ".control..")
                .because("the others ask the owner by event or read through its boundary")
                .check(classes);
    }

    @Test
    void thePagesDoNotUseTheJsonApi() {
        noClasses().that().resideInAPackage(ROOT + ".web.ui..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".web.api..").check(classes);
    }

    /** An event nobody observes is a promise nobody keeps. */
    @Test
    void everyEventHasAnObserverInTheApplication() {
        Set<String> observed = new HashSet<>();
        classes.forEach(type -> type.getMethods().forEach(method -> method.getParameters().stream()
                .filter(parameter -> parameter.isAnnotatedWith(Observes.class))
                .forEach(parameter -> observed.add(parameter.getRawType().getName()))));
        List<String> events = classes.stream()
                .filter(type -> type.getPackageName().equals(ROOT + ".domain.event") && type.isRecord())
                .map(JavaClass::getName).sorted().toList();
        assertThat(events).isNotEmpty();
        assertThat(observed).as("events with an observer").containsAll(events);
    }
}
