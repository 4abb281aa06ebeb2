package org.nottspartners.portal.earlyhelp.roles;

import java.util.List;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.PortalRole.Grant;
import org.nottspartners.portal.core.identity.PortalRole.Kind;

/**
 * Early help's own roles, declared by its descriptor (core owns only the partner agencies', administrators',
 * performance team's and public's roles). All three are council staff (RULES.md §2); what each may do in core beyond
 * that is its grants: case workers and managers merge duplicate records (they find them), managers export the
 * council's people and read who looked at a record, group managers relax a quality standard (002 §3c5).
 */
public final class EarlyHelpRoles {

    /** The token names, for access annotations ({@code @AllowedFor()}). */
    public static final class Names {
        public static final String CASE_WORKER = "case-worker";
        public static final String TEAM_MANAGER = "team-manager";
        public static final String GROUP_MANAGER = "group-manager";

        private Names() {
        }
    }

    public static final PortalRole CASE_WORKER = PortalRole.declare(Names.CASE_WORKER, "Case worker", Kind.COUNCIL_STAFF,
            Grant.MERGE_PEOPLE);
    public static final PortalRole TEAM_MANAGER = PortalRole.declare(Names.TEAM_MANAGER, "Team manager", Kind.COUNCIL_STAFF,
            Grant.MERGE_PEOPLE, Grant.EXPORT_PEOPLE, Grant.READ_AUDIT);
    public static final PortalRole GROUP_MANAGER = PortalRole.declare(Names.GROUP_MANAGER, "Group manager", Kind.COUNCIL_STAFF,
            Grant.MERGE_PEOPLE, Grant.EXPORT_PEOPLE, Grant.READ_AUDIT, Grant.RELAX_STANDARDS);

    /** The roles the module declares. */
    public static final List<PortalRole> ALL = List.of(CASE_WORKER, TEAM_MANAGER, GROUP_MANAGER);

    /** Early help's staff. */
    public static final Set<PortalRole> STAFF = Set.copyOf(ALL);

    private EarlyHelpRoles() {
    }
}
