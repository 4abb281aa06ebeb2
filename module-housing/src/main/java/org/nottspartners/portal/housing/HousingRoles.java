package org.nottspartners.portal.housing;

import java.util.List;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.PortalRole.Kind;

/** 16/17 homelessness's own roles, declared by its descriptor: council staff (RULES.md §2). */
public final class HousingRoles {

    /** The token names, for access annotations. */
    public static final class Names {
        public static final String HOUSING_OFFICER = "housing-officer";

        private Names() {
        }
    }

    public static final PortalRole HOUSING_OFFICER = PortalRole.declare(Names.HOUSING_OFFICER, "Housing officer", Kind.COUNCIL_STAFF);

    /** The roles the module declares. */
    public static final List<PortalRole> ALL = List.of(HOUSING_OFFICER);

    /** Early help's case workers and team managers, by reference: the module lets them in without depending on early help. */
    public static final PortalRole CASE_WORKER = PortalRole.reference("case-worker");
    public static final PortalRole TEAM_MANAGER = PortalRole.reference("team-manager");

    private HousingRoles() {
    }
}
