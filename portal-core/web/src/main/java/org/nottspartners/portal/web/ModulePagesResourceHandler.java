package org.nottspartners.portal.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the pages of the modules. Each module keeps its pages in its own jar under
 * {@code META-INF/resources/<module-id>/}; the servlet container only looks there for jars inside the
 * WAR, and the modules live in the EAR's library, so the pages are looked up on the class path too.
 *
 * <p>In production (the pages cannot change while the portal runs) where each page was found is kept: the faces
 * runtime asks twice a request, and each answer searched the web module and every jar of the EAR's library
 * (measured, issue 27: about a tenth of an instance's CPU under the portal's load test). Only pages that exist are
 * kept, so a visitor asking for made-up names cannot grow it.
 */
public class ModulePagesResourceHandler extends ResourceHandlerWrapper {

    private final ConcurrentMap<String, URL> found = new ConcurrentHashMap<>();

    public ModulePagesResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName == null || resourceName.contains("..")) {
            return super.createViewResource(context, resourceName);
        }
        boolean production = context.isProjectStage(ProjectStage.Production);
        URL known = production ? found.get(resourceName) : null;
        if (known != null) {
            return new UrlViewResource(known);
        }
        ViewResource resource = super.createViewResource(context, resourceName);
        URL url = resource != null ? resource.getURL() : Thread.currentThread().getContextClassLoader().getResource(
                "META-INF/resources" + (resourceName.startsWith("/") ? "" : "/") + resourceName);
        if (url == null) {
            return resource;
        }
        if (production) {
            found.put(resourceName, url);
        }
        return resource != null ? resource : new UrlViewResource(url);
    }

    private static final class UrlViewResource extends ViewResource {
        private final URL url;

        UrlViewResource(URL url) {
            this.url = url;
        }

        @Override
        public URL getURL() {
            return url;
        }
    }
}
