package org.nottspartners.portal.housing.kit;

import java.util.List;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.PortalRole.Kind;

/**
 * 16/17 homelessness's own roles, declared by its descriptor (RULES.md §2): the council's housing officers (the
 * Homelessness Team and the Waiting List Manager), and the staff of accommodation providers, a partner agency. Which
 * provider a provider's user works for is their organisation in the sign-in service (the realm's
 * {@code /organisations/<name>} group), the same organisation a provider's record names.
 */
public final class HousingRoles {

    /** The token names, for access annotations. */
    public static final class Names {
        public static final String HOUSING_OFFICER = "housing-officer";
        public static final String PROVIDER = "accommodation-provider";

        private Names() {
        }
    }

    public static final PortalRole HOUSING_OFFICER = PortalRole.declare(Names.HOUSING_OFFICER, "Housing officer", Kind.COUNCIL_STAFF);
    public static final PortalRole PROVIDER = PortalRole.declare(Names.PROVIDER, "Accommodation provider", Kind.PARTNER);

    /** The module's id (as the core and its events name it). */
    public static final String MODULE_ID = "housing";

    /** The roles the module declares. */
    public static final List<PortalRole> ALL = List.of(HOUSING_OFFICER, PROVIDER);

    /** Early help's case workers and team managers, by reference: the module lets them in without depending on early help. */
    public static final PortalRole CASE_WORKER = PortalRole.reference("case-worker");
    public static final PortalRole TEAM_MANAGER = PortalRole.reference("team-manager");

    /** Housing officers, and early help's case workers and team managers: the council's staff in housing. */
    public static final java.util.Set<PortalRole> STAFF = java.util.Set.of(HOUSING_OFFICER, CASE_WORKER, TEAM_MANAGER);

    private HousingRoles() {
    }
}
