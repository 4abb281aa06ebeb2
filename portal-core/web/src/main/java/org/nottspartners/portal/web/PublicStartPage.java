package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.PortalModule;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/**
 * A member of the public's first page: the council where the child lives, chosen from those offering a service to the
 * public (a module with a page for the public role, switched on there); then that service's first page in that council.
 */
@Named
@RequestScoped
public class PublicStartPage {

    /** A council offering a public service: where its first page is. */
    public record Choice(String tenantId, String councilName, String service, String address) {
    }

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentUser caller;

    public List<Choice> getChoices() {
        List<Choice> choices = new ArrayList<>();
        for (var tenant : tenants.tenants()) {
            for (PortalModule module : tenants.enabledModules(tenant.id())) {
                module.menuEntries().stream().filter(e -> e.isShownToAnyOf(Set.of(PortalRole.PUBLIC_APPLICANT))).findFirst()
                        .ifPresent(e -> choices.add(new Choice(tenant.id(), tenant.name(), e.label(),
                                "/" + tenant.id() + "/" + module.id() + "/" + e.page())));
            }
        }
        return choices;
    }

    public boolean isMemberOfPublic() {
        return caller.roles().isMemberOfPublic();
    }

    /** Goes to the chosen council's service; without a choice, says what to do. */
    public void go() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String chosen = faces.getExternalContext().getRequestParameterMap().get("council");
        for (Choice c : getChoices()) {
            if (c.address().equals(chosen)) {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + c.address());
                return;
            }
        }
        PageActions.fieldError("f:council", "Select the council where the child lives");
    }
}
