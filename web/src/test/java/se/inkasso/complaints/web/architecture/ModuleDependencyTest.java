package se.inkasso.complaints.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Entity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feature modules depend on {@code domain} only and talk through events (docs/ARCHITECTURE.md):
 * none may use another feature module or the web tier, and the domain uses none of them. Each
 * aggregate is used by its owning module alone (the web tier reads them until the case-file read
 * model replaces that); every event is observed by someone; the web tier reaches a feature module
 * through its boundary only, and its pages do not use its JSON API.
 */
class ModuleDependencyTest {

    private static final String ROOT = "se.inkasso.complaints";
    private static final String[] FEATURES = {"intake", "casework", "escalation", "notification"};

    private static final String MODEL = ROOT + ".domain.model.";
    private static final String REPOSITORY = ROOT + ".domain.repository.";
    /** The aggregates (and their repositories) casework owns and alone writes. */
    private static final String[] CASEWORK_AGGREGATES = {MODEL + "Case", MODEL + "FinalResponse",
        MODEL + "TimelineEntry", MODEL + "RootCause", REPOSITORY + "CaseRepository",
        REPOSITORY + "ResponseRepository", REPOSITORY + "RootCauseRepository"};
    /** The aggregates (and their repositories) intake owns and alone writes. */
    private static final String[] INTAKE_AGGREGATES = {MODEL + "Contact", MODEL + "Attachment", MODEL + "ScamReport",
        REPOSITORY + "ContactRepository", REPOSITORY + "AttachmentRepository", REPOSITORY + "ScamReportRepository"};

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

    @Test
    void onlyCaseworkUsesCasesTheirResponsesTimelinesAndRootCauses() {
        noClasses().that().resideInAnyPackage(ROOT + ".intake..", ROOT + ".escalation..", ROOT + ".notification..")
                .should(dependOnAny(CASEWORK_AGGREGATES))
                .because("casework owns cases: the others read them through CaseLookup and ask by event")
                .check(classes);
    }

    @Test
    void onlyIntakeUsesContactsAttachmentsAndScamReports() {
        noClasses().that().resideInAnyPackage(ROOT + ".casework..", ROOT + ".escalation..", ROOT + ".notification..")
                .should(dependOnAny(INTAKE_AGGREGATES))
                .because("intake owns what a debtor sent")
                .check(classes);
    }

    @Test
    void theWebTierReachesFeatureModulesThroughTheirBoundaryOnly() {
        String[] internals = Arrays.stream(FEATURES)
                .flatMap(feature -> Stream.of(ROOT + "." + feature + ".control..",
                        ROOT + "." + feature + ".entity.."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + ".web..").should().dependOnClassesThat()
                .resideInAnyPackage(internals).check(classes);
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

    private static ArchCondition<JavaClass> dependOnAny(
            String... names) {
        Set<String> forbidden = Set.of(names);
        return ArchConditions.dependOnClassesThat(
                DescribedPredicate.describe("one of " + forbidden,
                        target -> forbidden.contains(target.getName())));
    }
}
