package org.rocbap.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dependency rules of docs/architecture.md, read from the compiled classes of both modules (the EJB
 * module's come from its jar on this module's class path). No rule lists exceptions.
 */
class ArchitectureTest {

    private static final String ROOT = "org.rocbap.survey";

    /**
     * The capabilities of the EJB module, lowest first: each may use only those before it. The survey
     * round, which acts over time on every record below it, is last.
     */
    static final List<String> CAPABILITIES = List.of(
            "shared",
            "preference",
            "audit",
            "health",
            "signin",
            "administration",
            "directory",
            "mail",
            "workshop",
            "participation",
            "missionreport",
            "cascade",
            "questionnaire",
            "project",
            "compliance",
            "report",
            "publication",
            "round");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static List<String> capabilities() {
        return CAPABILITIES;
    }

    @ParameterizedTest(name = "{0} uses only the capabilities below it")
    @MethodSource("capabilities")
    void aCapabilityUsesOnlyTheCapabilitiesBelowIt(String capability) {
        String[] above = CAPABILITIES.subList(CAPABILITIES.indexOf(capability) + 1, CAPABILITIES.size()).stream()
                .map(name -> ROOT + "." + name + "..")
                .toArray(String[]::new);
        if (above.length == 0) {
            return;
        }
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + capability + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(above)
                .because("capabilities depend one way, in the order of docs/architecture.md")
                .check(classes);
    }

    @Test
    void everyTopLevelPackageIsACapabilityOrAFrontEnd() {
        List<String> known = new ArrayList<>(CAPABILITIES);
        known.addAll(List.of("web", "api"));
        classes.stream()
                .map(c -> c.getPackageName().substring(ROOT.length()))
                .filter(name -> !name.isEmpty())
                .map(name -> name.substring(1).split("\\.")[0])
                .distinct()
                .forEach(top -> assertThat(known)
                        .as("package %s.%s is in the architecture's order", ROOT, top)
                        .contains(top));
    }

    @Test
    void noCycleBetweenCapabilities() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void entitiesAndControlsDoNotUseBoundaries() {
        noClasses()
                .that()
                .resideInAnyPackage("..entity..", "..control..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .because("a boundary is the way in to a capability; what lies behind it does not call back out")
                .check(classes);
    }

    @Test
    void entitiesDoNotUseControls() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..control..")
                .check(classes);
    }

    @Test
    void pagesAndApiReachTheServicesOnlyThroughTheirBoundaries() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".web..", ROOT + ".api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".*.control..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .because("the pages and the API call the same services, so that no rule can be skipped by"
                        + " going around one; they read the entities those services return, never the database")
                .check(classes);
    }

    @Test
    void thePagesDoNotUseTheApi() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".api..")
                .because("the API stands on the web module's shared HTTP plumbing, not the other way round")
                .check(classes);
    }

    @Test
    void onlyTheConfigurationReadsSettings() {
        noClasses()
                .should()
                .callMethod(System.class, "getenv")
                .orShould()
                .callMethod(System.class, "getenv", String.class)
                .because("every setting is read through shared.config.Configuration (docs/operations.md)")
                .check(classes);
    }
}
