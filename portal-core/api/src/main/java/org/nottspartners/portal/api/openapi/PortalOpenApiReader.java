package org.nottspartners.portal.api.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.nottspartners.portal.api.PortalApiApplication;
import org.nottspartners.portal.api.TenantResource;
import org.nottspartners.portal.core.module.PortalModule;

/**
 * The API's whole OpenAPI document. The build writes it with this class into the API WAR's
 * {@code WEB-INF/classes/META-INF/openapi.json} (see {@code portal-core/api/pom.xml}), which Payara serves at
 * {@code /openapi} as the application's static document; the server's own annotation scanning is off
 * ({@code mp.openapi.scan.disable} in core's {@code microprofile-config.properties}). That scanning sees only one
 * WAR and cannot follow {@link TenantResource}'s locator into the modules' resources, which live in the EAR's
 * libraries; this class follows it to every module, so each module endpoint appears with its full path.
 * Payara 6.2025.9 reads the EAR's configuration with the application's class loader, which cannot see a reader
 * in a WAR, so the document is written at build time rather than by {@code mp.openapi.model.reader}.
 *
 * <p>The modules are found as a class loader sees them: each module's jar names its descriptor in
 * {@code META-INF/services/org.nottspartners.portal.core.module.PortalModule}. The API client is generated
 * from the same document.
 */
public class PortalOpenApiReader implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        return document(deployedModules(PortalOpenApiReader.class.getClassLoader()));
    }

    /** The document of the API with these modules deployed. */
    public static OpenAPI document(List<PortalModule> modules) {
        return ApiDocument.of(new PortalApiApplication(), locator -> modulesBehind(locator, modules));
    }

    /** The module descriptors the class loader can see, in the order of their ids. */
    public static List<PortalModule> deployedModules(ClassLoader loader) {
        List<PortalModule> modules = new ArrayList<>();
        ServiceLoader.load(PortalModule.class, loader).forEach(modules::add);
        modules.sort(Comparator.comparing(PortalModule::id));
        return modules;
    }

    /** The API's one locator, {@code /{tenant}/{module}}, leads to each module's resource. */
    private static List<ResourceWalker.Target> modulesBehind(Method locator, List<PortalModule> modules) {
        if (locator.getDeclaringClass() != TenantResource.class) {
            return List.of();
        }
        List<ResourceWalker.Target> targets = new ArrayList<>();
        for (PortalModule module : modules) {
            module.apiResource().ifPresent(r -> targets.add(new ResourceWalker.Target(r, Map.of("module", module.id()), module.id())));
        }
        return targets;
    }
}
