package org.nottspartners.portal.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/** Keeps the council in every address a page makes (forms, links, redirects): {@code /portal/<council>/...}. */
public class TenantViewHandler extends ViewHandlerWrapper {

    public TenantViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return withCouncil(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return withCouncil(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return withCouncil(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String withCouncil(FacesContext context, String url) {
        Object tenant = context.getExternalContext().getRequestMap().get("portal.tenant");
        String contextPath = context.getExternalContext().getRequestContextPath();
        if (tenant == null || !url.startsWith(contextPath + "/") || url.startsWith(contextPath + "/" + tenant + "/")) {
            return url;
        }
        return contextPath + "/" + tenant + url.substring(contextPath.length());
    }
}
