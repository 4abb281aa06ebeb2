package org.nottspartners.portal.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;

/**
 * Finds the pages of the modules. Each module keeps its pages in its own jar under
 * {@code META-INF/resources/<module-id>/}; the servlet container only looks there for jars inside the
 * WAR, and the modules live in the EAR's library, so the pages are looked up on the class path too.
 */
public class ModulePagesResourceHandler extends ResourceHandlerWrapper {

    public ModulePagesResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        ViewResource resource = super.createViewResource(context, resourceName);
        if (resource != null || resourceName == null || resourceName.contains("..")) {
            return resource;
        }
        String path = "META-INF/resources" + (resourceName.startsWith("/") ? "" : "/") + resourceName;
        URL url = Thread.currentThread().getContextClassLoader().getResource(path);
        return url == null ? null : new ClasspathViewResource(url);
    }

    private static final class ClasspathViewResource extends ViewResource {
        private final URL url;

        ClasspathViewResource(URL url) {
            this.url = url;
        }

        @Override
        public URL getURL() {
            return url;
        }
    }
}
