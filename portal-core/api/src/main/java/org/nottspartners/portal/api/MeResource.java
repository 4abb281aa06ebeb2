package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nottspartners.portal.core.access.AllowedForSignedIn;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;

/** The caller: who they are and their roles in each council. */
@Path("me")
@AllowedForSignedIn
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser caller;

    @GET
    public CallerView me() {
        Map<String, List<String>> roles = new TreeMap<>();
        for (String tenant : caller.tenants()) {
            roles.put(tenant, caller.roles().rolesIn(tenant).stream().map(PortalRole::tokenName).sorted().toList());
        }
        return new CallerView(caller.userId(), caller.displayName(), caller.organisation(), roles);
    }

    /** The caller as the API shows them. */
    public record CallerView(String userId, String name, String organisation, Map<String, List<String>> roles) {
    }
}
