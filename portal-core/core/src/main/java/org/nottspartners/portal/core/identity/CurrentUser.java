package org.nottspartners.portal.core.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * The caller of the current request, resolved once at the edge (the API's token filter or the
 * pages' login filter) and read by everything else. An unauthenticated request has no caller.
 */
@RequestScoped
public class CurrentUser {

    private String userId;
    private String userName;
    private String displayName;
    private String organisation;
    private TenantRoles roles = TenantRoles.none();
    private String email;

    /** Called once per request by the edge that authenticated the caller. */
    public void resolve(String userId, String userName, String displayName, String organisation, TenantRoles roles) {
        if (this.userId != null) {
            throw new IllegalStateException("The caller of this request is already resolved");
        }
        this.userId = userId;
        this.userName = userName;
        this.displayName = displayName;
        this.organisation = organisation;
        this.roles = roles;
    }

    /** The caller's verified e-mail address from the sign-in service (a member of the public's, where licences are sent). */
    public void email(String verifiedEmail) {
        this.email = verifiedEmail;
    }

    public java.util.Optional<String> email() {
        return java.util.Optional.ofNullable(email);
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public String userId() {
        return userId;
    }

    /** The name the caller signs in with ({@code sam.school}), as the staff directory and case allocations name them. */
    public String userName() {
        return userName;
    }

    public String displayName() {
        return displayName;
    }

    public String organisation() {
        return organisation;
    }

    public TenantRoles roles() {
        return roles;
    }

    public Set<String> tenants() {
        return roles.tenants();
    }
}
