package org.nottspartners.portal.systemtests;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.nottspartners.portal.core.module.PortalModule;

/** The portal's production classes (core and every module, not their tests), as ArchUnit sees them. */
final class PortalClasses {

    private static final ImportOption PRODUCTION_ONLY =
            location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");

    private PortalClasses() {
    }

    private static volatile JavaClasses imported;

    /**
     * Imported once for the test run and kept: the classes do not change while it runs, and an import takes about a
     * second (the role matrix asked for the roles once an endpoint, and spent most of its three minutes importing).
     */
    static JavaClasses all() {
        JavaClasses classes = imported;
        if (classes == null) {
            synchronized (PortalClasses.class) {
                classes = imported;
                if (classes == null) {
                    classes = new ClassFileImporter().withImportOption(PRODUCTION_ONLY).importPackages("org.nottspartners.portal");
                    imported = classes;
                }
            }
        }
        return classes;
    }

    /** The module descriptors, found as the container finds them: by their interface. */
    /** Every role the deployed portal knows: core's and each module's declarations. */
    static List<org.nottspartners.portal.core.identity.PortalRole> roles() {
        return org.nottspartners.portal.core.identity.RoleCatalogue.of(moduleDescriptors().stream()
                .flatMap(m -> m.declaredRoles().stream()).toList()).all();
    }

    static List<PortalModule> moduleDescriptors() {
        return all().stream()
                .filter(c -> c.isAssignableTo(PortalModule.class) && !c.isInterface())
                .map(c -> {
                    try {
                        return (PortalModule) c.reflect().getDeclaredConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
