package se.inkasso.complaints.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Feature modules depend on {@code domain} only and talk through events (ARCHITECTURE.md): none
 * may use another feature module or the web tier, and the domain uses none of them.
 */
class ModuleDependencyTest {

    private static final String ROOT = "se.inkasso.complaints";
    private static final String[] FEATURES = {"intake", "casework", "escalation", "notification"};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @ParameterizedTest(name = "{0} uses no other feature module and not web")
    @ValueSource(strings = {"intake", "casework", "escalation", "notification"})
    void featureModuleDependsOnDomainOnly(String feature) {
        String[] forbidden = java.util.Arrays.stream(FEATURES).filter(other -> !other.equals(feature))
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
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage(ROOT + ".domain.event").and().areNotAnnotatedWith(Deprecated.class)
                .and().doNotHaveSimpleName("package-info")
                .should().beRecords()
                .andShould().notBeAnnotatedWith(jakarta.persistence.Entity.class)
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".domain.event")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(classes);
    }
}
