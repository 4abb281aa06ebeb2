package org.nottspartners.portal.attendance;

import org.nottspartners.portal.attendance.enforcement.EnforcementCase;
import org.nottspartners.portal.attendance.letters.AttendanceLetter;
import org.nottspartners.portal.attendance.notices.PenaltyNotice;
import org.nottspartners.portal.attendance.roles.AttendanceRoles;
import org.nottspartners.portal.core.person.PersonReference;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.PortalModule;

/** The descriptor of the School Attendance module, discovered by the core at start-up. */
@ApplicationScoped
public class AttendanceModule implements PortalModule {

    public static final String ID = "attendance";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "School Attendance";
    }

    @Override
    public String description() {
        return "Register data, persistent absence, penalty notices and the enforcement pathway.";
    }



    @Override
    public Set<PortalRole> roles() {
        return USERS;
    }

    /** The attendance and enforcement officers, schools, and early help's case workers. */
    static final Set<PortalRole> USERS = Set.of(AttendanceRoles.ATTENDANCE_OFFICER, AttendanceRoles.ENFORCEMENT_OFFICER,
            PortalRole.SCHOOL_STAFF, AttendanceRoles.CASE_WORKER);

    @Override
    public List<PortalRole> declaredRoles() {
        return AttendanceRoles.ALL;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("School attendance", "index.xhtml", USERS));
    }

    @Override
    public List<org.nottspartners.portal.core.settings.SettingDefinition> settings() {
        return org.nottspartners.portal.attendance.rules.AttendanceSettings.ALL;
    }

    @Override
    public List<org.nottspartners.portal.core.calendar.QualityStandard> qualityStandards() {
        return org.nottspartners.portal.attendance.notices.AttendanceStandards.ALL;
    }

    @Override
    public List<PersonReference> personReferences() {
        return List.of(PersonReference.of(PenaltyNotice.class, "childId"), PersonReference.of(PenaltyNotice.class, "parentId"),
                PersonReference.of(EnforcementCase.class, "childId"), PersonReference.of(EnforcementCase.class, "parentId"),
                PersonReference.of(AttendanceLetter.class, "childId"), PersonReference.of(AttendanceLetter.class, "parentId"));
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(AttendanceResource.class);
    }
}
