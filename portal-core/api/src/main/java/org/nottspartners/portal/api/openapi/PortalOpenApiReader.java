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
 * The API's whole OpenAPI document, served at {@code /openapi} (named by {@code mp.openapi.model.reader}
 * in this WAR's {@code microprofile-config.properties}, which also turns the server's own annotation
 * scanning off). The server's scanning sees only this WAR and cannot follow {@link TenantResource}'s
 * locator into the modules' resources, which live in the EAR's libraries; this reader follows it to
 * every deployed module, so each module endpoint appears with its full path.
 *
 * <p>The server makes this class by its constructor, outside CDI, so the deployed modules are found the
 * way the class loader sees them: each module's jar names its descriptor in
 * {@code META-INF/services/org.nottspartners.portal.core.module.PortalModule}. The build writes the same
 * document to a file with this class, and generates the API client from it.
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
