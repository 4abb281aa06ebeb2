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

    /** Every rule that depends on the date reads the injected clock, so it can be tested at a fixed moment (issue 12). */
    @Test
    void timeIsReadOnlyFromTheInjectedClock() {
        com.tngtech.archunit.lang.ArchRule rule = noClasses()
                .that().resideInAnyPackage(portalPackages())
                .and().resideOutsideOfPackage("org.nottspartners.portal.core.time..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time comes from core.time's Clock (Today), so every time rule can be tested at a fixed moment");
        rule.check(portal);
    }

    /** Rules are plain Java: tested without a server, so they know nothing of the database or the pages. */
    @Test
    void rulesAndPoliciesArePlainJava() {
        noClasses().that().resideInAnyPackage(portalPackages())
                .and().haveSimpleNameEndingWith("Rule").or().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleNameEndingWith("Policy").or().haveSimpleNameEndingWith("Sequence")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.faces..",
                        "jakarta.enterprise..", "jakarta.ws.rs..", "org.primefaces..")
                .check(portal);
    }

    /** Modules stand on the core's kit: one PDF writer and one spreadsheet writer, both in the core (issue 12). */
    @Test
    void modulesUseTheCoresLetterAndSpreadsheetKit() {
        noClasses().that().resideInAnyPackage(modulePackages())
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..", "org.apache.poi..")
                .because("letters are written by core.letters and spreadsheets by core.export.Spreadsheets")
                .check(portal);
    }

    /**
     * A council's difference is a setting or data, never a branch on its id (issue 12): no module's code names a
     * council. Read from the sources, since a compiled class keeps string constants where ArchUnit cannot see them.
     */
    @Test
    void noModuleNamesACouncil() throws java.io.IOException {
        java.util.regex.Pattern council = java.util.regex.Pattern.compile("\"(city|county|rutland)\"");
        java.util.List<String> found = new java.util.ArrayList<>();
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of(".."))) {
            for (java.nio.file.Path module : dirs.filter(d -> d.getFileName().toString().startsWith("module-")).toList()) {
                java.nio.file.Path sources = module.resolve("src/main/java");
                if (!java.nio.file.Files.isDirectory(sources)) {
                    continue;
                }
                try (var files = java.nio.file.Files.walk(sources)) {
                    for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
                        for (int i = 0; i < lines.size(); i++) {
                            if (council.matcher(lines.get(i)).find()) {
                                found.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("council ids named in module code (make the difference a setting or data)").isEmpty();
    }

    /**
     * Issue 12: roles belong to the module that declares them. Core's main sources name no module's role (its
     * policies are written in kinds and grants), and every role an endpoint is allowed for is one that core or a
     * module declares, so that a misspelt name cannot silently lock everyone out.
     */
    @Test
    void rolesAreDeclaredByTheirModulesAndCoreNamesNone() throws java.io.IOException {
        java.util.Set<String> moduleRoles = new java.util.TreeSet<>();
        PortalClasses.moduleDescriptors().forEach(m -> m.declaredRoles().forEach(r -> moduleRoles.add(r.tokenName())));
        assertThat(moduleRoles).as("the modules' own roles").contains("case-worker", "attendance-officer", "licensing-officer");
        java.util.List<String> found = new java.util.ArrayList<>();
        for (String part : java.util.List.of("core", "web", "api")) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../portal-core", part, "src/main/java"))) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = java.nio.file.Files.readString(file);
                    moduleRoles.stream().filter(r -> text.contains("\"" + r + "\"")).forEach(r -> found.add(file.getFileName() + " names " + r));
                }
            }
        }
        assertThat(found).as("module roles named in core (write core's policy as a kind or a grant)").isEmpty();

        java.util.Set<String> known = new java.util.HashSet<>();
        PortalClasses.roles().forEach(r -> known.add(r.tokenName()));
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : PortalClasses.all()) {
            java.util.List<com.tngtech.archunit.core.domain.properties.HasAnnotations<?>> elements = new java.util.ArrayList<>();
            elements.add(c);
            elements.addAll(c.getMethods());
            for (var e : elements) {
                for (var annotation : e.getAnnotations()) {
                    if (annotation.getRawType().isEquivalentTo(org.nottspartners.portal.core.access.AllowedFor.class)) {
                        for (Object name : (Object[]) annotation.get("value").orElse(new Object[0])) {
                            if (!known.contains(String.valueOf(name))) {
                                unknown.add(e + ": " + name);
                            }
                        }
                    }
                }
            }
        }
        assertThat(unknown).as("@AllowedFor names no declared role").isEmpty();
    }

    /** The core's and every module's packages. */
    private static String[] portalPackages() {
        java.util.List<String> packages = new java.util.ArrayList<>(java.util.List.of(modulePackages()));
        packages.add("org.nottspartners.portal.core..");
        packages.add("org.nottspartners.portal.api..");
        packages.add("org.nottspartners.portal.web..");
        return packages.toArray(String[]::new);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.nottspartners.portal.(**)").should().beFreeOfCycles().check(portal);
    }
}
