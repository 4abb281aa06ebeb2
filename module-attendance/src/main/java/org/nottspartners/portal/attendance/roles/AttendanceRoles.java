package org.nottspartners.portal.attendance.roles;

import java.util.List;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.PortalRole.Kind;

/** School attendance's own roles, declared by its descriptor: council staff (RULES.md §2). */
public final class AttendanceRoles {

    /** The token names, for access annotations. */
    public static final class Names {
        public static final String ATTENDANCE_OFFICER = "attendance-officer";
        public static final String ENFORCEMENT_OFFICER = "enforcement-officer";

        private Names() {
        }
    }

    public static final PortalRole ATTENDANCE_OFFICER = PortalRole.declare(Names.ATTENDANCE_OFFICER, "Attendance officer", Kind.COUNCIL_STAFF);
    public static final PortalRole ENFORCEMENT_OFFICER = PortalRole.declare(Names.ENFORCEMENT_OFFICER, "Enforcement officer", Kind.COUNCIL_STAFF);

    /** The roles the module declares. */
    public static final List<PortalRole> ALL = List.of(ATTENDANCE_OFFICER, ENFORCEMENT_OFFICER);

    /** Early help's case workers, by reference: the module lets them in without depending on early help. */
    public static final PortalRole CASE_WORKER = PortalRole.reference("case-worker");

    private AttendanceRoles() {
    }
}
