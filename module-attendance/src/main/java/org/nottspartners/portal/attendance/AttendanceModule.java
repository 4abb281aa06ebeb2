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
import org.nottspartners.portal.core.module.FamilyRecordSection;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.ModulePage;
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
            PortalRole.SCHOOL_STAFF, AttendanceRoles.CASE_WORKER, PortalRole.PERFORMANCE_TEAM);

    @Override
    public List<PortalRole> declaredRoles() {
        return AttendanceRoles.ALL;
    }

    /** The officers, who see pupils and their families. */
    static final Set<PortalRole> OFFICERS = Set.of(AttendanceRoles.ATTENDANCE_OFFICER, AttendanceRoles.ENFORCEMENT_OFFICER);

    /** Who sends registers: schools, and attendance officers for them. */
    static final Set<PortalRole> SENDERS = Set.of(PortalRole.SCHOOL_STAFF, AttendanceRoles.ATTENDANCE_OFFICER);

    /** Who reads the board report: attendance officers and the performance team. */
    static final Set<PortalRole> REPORTS = Set.of(AttendanceRoles.ATTENDANCE_OFFICER, PortalRole.PERFORMANCE_TEAM);

    @Override
    public List<ModulePage> pages() {
        List<ModulePage> pages = new java.util.ArrayList<>(ModulePage.each(USERS, "index.xhtml"));
        pages.addAll(ModulePage.each(SENDERS, "registers.xhtml"));
        pages.addAll(ModulePage.each(Set.of(AttendanceRoles.ATTENDANCE_OFFICER), "flags.xhtml", "unmatched.xhtml"));
        pages.addAll(ModulePage.each(OFFICERS, "pupil.xhtml", "family-section.xhtml"));
        pages.addAll(ModulePage.each(REPORTS, "bands.xhtml"));
        return pages;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("School attendance", "index.xhtml", USERS),
                new MenuEntry("Send a register", "registers.xhtml", SENDERS),
                new MenuEntry("Pupils flagged by the attendance scan", "flags.xhtml", Set.of(AttendanceRoles.ATTENDANCE_OFFICER)),
                new MenuEntry("Pupils waiting to be matched", "unmatched.xhtml", Set.of(AttendanceRoles.ATTENDANCE_OFFICER)),
                new MenuEntry("Attendance by band, ward, phase and term", "bands.xhtml", REPORTS));
    }

    @Override
    public List<FamilyRecordSection> familyRecordSections() {
        return List.of(new FamilyRecordSection("School attendance", "/attendance/family-section.xhtml", OFFICERS));
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
