package org.nottspartners.portal.core.testing;

import java.util.List;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.PortalRole.Grant;
import org.nottspartners.portal.core.identity.PortalRole.Kind;
import org.nottspartners.portal.core.identity.RoleCatalogue;

/** Staff roles as a module would declare them, for core's own tests (core declares no module's roles). */
public final class TestRoles {

    public static final PortalRole CASE_WORKER = PortalRole.declare("case-worker", "Case worker", Kind.COUNCIL_STAFF,
            Grant.MERGE_PEOPLE);
    public static final PortalRole TEAM_MANAGER = PortalRole.declare("team-manager", "Team manager", Kind.COUNCIL_STAFF,
            Grant.MERGE_PEOPLE, Grant.EXPORT_PEOPLE, Grant.READ_AUDIT);
    public static final PortalRole ATTENDANCE_OFFICER = PortalRole.declare("attendance-officer", "Attendance officer",
            Kind.COUNCIL_STAFF);

    /** Core's roles and these. */
    public static final RoleCatalogue CATALOGUE = RoleCatalogue.of(List.of(CASE_WORKER, TEAM_MANAGER, ATTENDANCE_OFFICER));

    private TestRoles() {
    }
}
