package org.nottspartners.portal.systemtests;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.module.PortalModule;

/**
 * The boundaries of STYLE.md §2 and §10: modules use the core and never each other; the core names no
 * module; no package cycles anywhere.
 */
class ArchitectureTest {

    static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = PortalClasses.all();
    }

    @Test
    void everyModuleIsImported() {
        assertThat(PortalClasses.moduleDescriptors()).extracting(PortalModule::id)
                .containsExactlyInAnyOrder("early-help", "attendance", "licensing", "housing", "troubled-families");
    }

    @Test
    void modulesDependOnTheCoreOnlyNeverOnEachOther() {
        slices().matching("org.nottspartners.portal.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("org.nottspartners.portal.core.."))
                .check(portal);
    }

    @Test
    void theCoreNamesNoModule() {
        noClasses().that().resideInAPackage("org.nottspartners.portal.core..")
                .should().dependOnClassesThat(resideInAPackage("org.nottspartners.portal..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAPackage("org.nottspartners.portal.core.."))))
                .check(portal);
    }

    @Test
    void modulesTakeNoDatabaseConnectionOfTheirOwn() {
        noClasses().that().resideInAnyPackage(modulePackages())
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("every query must pass through the persistence layer that filters it by council")
                .check(portal);
    }

    @Test
    void onlyTheCoreEntersACouncil() {
        noClasses().that().resideInAnyPackage(modulePackages())
                .should().callMethod(org.nottspartners.portal.core.scope.TenantScope.class, "enter", String.class)
                .orShould().callMethod(org.nottspartners.portal.core.scope.TenantScope.class, "setOnConnection",
                        java.sql.Connection.class, String.class)
                .because("the council is checked against the caller's roles once, at the edge")
                .check(portal);
    }

    /** The root package of every module, from its descriptor. */
    private static String[] modulePackages() {
        return PortalClasses.moduleDescriptors().stream().map(m -> m.getClass().getPackageName() + "..").toArray(String[]::new);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.nottspartners.portal.(**)").should().beFreeOfCycles().check(portal);
    }
}
