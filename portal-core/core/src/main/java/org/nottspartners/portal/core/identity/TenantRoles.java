package org.nottspartners.portal.core.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles a caller holds in each council, read from the token's {@code groups} claim where each
 * portal role is written {@code <council>:<role>} (e.g. {@code county:police}). Anything else in the
 * claim (Keycloak's own roles, names no deployed module or core declares) is ignored: it grants nothing. The one unqualified role,
 * {@code public-applicant}, marks a member of the public; it makes nobody a member of a council.
 */
public final class TenantRoles {

    private static final Pattern QUALIFIED = Pattern.compile("([a-z][a-z0-9-]*):([a-z][a-z-]*)");

    /** The unqualified role every self-registered member of the public holds; it is no role in a council. */
    public static final String PUBLIC_APPLICANT_GROUP = "public-applicant";

    private final Map<String, Set<PortalRole>> byTenant;
    private final boolean publicApplicant;

    private TenantRoles(Map<String, Set<PortalRole>> byTenant, boolean publicApplicant) {
        this.byTenant = byTenant;
        this.publicApplicant = publicApplicant;
    }

    public static TenantRoles fromGroups(Collection<String> groups, RoleCatalogue catalogue) {
        Map<String, Set<PortalRole>> byTenant = new TreeMap<>();
        boolean publicApplicant = false;
        if (groups != null) {
            for (String group : groups) {
                publicApplicant |= PUBLIC_APPLICANT_GROUP.equals(group);
                Matcher m = QUALIFIED.matcher(group == null ? "" : group);
                if (m.matches()) {
                    catalogue.find(m.group(2)).ifPresent(role ->
                            byTenant.computeIfAbsent(m.group(1), t -> new java.util.HashSet<>()).add(role));
                }
            }
        }
        byTenant.replaceAll((t, roles) -> Set.copyOf(roles));
        return new TenantRoles(Map.copyOf(byTenant), publicApplicant);
    }

    public static TenantRoles none() {
        return new TenantRoles(Map.of(), false);
    }

    /** Whether the caller may apply online as a member of the public (in any council). */
    public boolean isPublicApplicant() {
        return publicApplicant;
    }

    /**
     * Whether the caller is a member of the public and nothing else: self-registered, with no role in any council. Such
     * a caller may use, in any council, exactly the pages and endpoints that name {@link PortalRole#PUBLIC_APPLICANT};
     * a member of staff who also holds the public role stays staff.
     */
    public boolean isMemberOfPublic() {
        return publicApplicant && byTenant.isEmpty();
    }

    /** The councils in which the caller holds at least one role, in name order. */
    public Set<String> tenants() {
        return new java.util.TreeSet<>(byTenant.keySet());
    }

    public Set<PortalRole> rolesIn(String tenant) {
        return byTenant.getOrDefault(tenant, Set.of());
    }

    public boolean has(String tenant, PortalRole role) {
        return rolesIn(tenant).contains(role);
    }
}
