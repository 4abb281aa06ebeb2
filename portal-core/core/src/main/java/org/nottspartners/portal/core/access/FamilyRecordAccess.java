package org.nottspartners.portal.core.access;

import java.util.EnumSet;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * Who may do what with the common family record, declared once for the pages and the API (RULES.md §2
 * "Who may see what": least privilege, data minimisation, UK GDPR Art. 5(1)(c); the CAF shared "with
 * practitioners appropriately", 001 L1148). Every endpoint of the family record names one of these
 * ({@link AllowedTo}); every page of it is opened by one ({@code PageAccess}); the role matrix tests check
 * both against this table.
 *
 * <ul>
 *   <li>Council staff (early help case workers and managers, and the council's officers of the other
 *       service areas) search, open and correct people of their council, with their relationships,
 *       consents and notes.</li>
 *   <li>Partner practitioners (school, police, health, youth justice) search before create, to refer or
 *       to start a CAF, record the child they cannot find, and open that record; they never list or browse
 *       the council's people, never read consents, notes or relationships through the family record, never
 *       change a record and never export.</li>
 *   <li>Council administrators keep the council's configuration: none of the family record (they undo
 *       merges through their own administration rules).</li>
 *   <li>The performance team exports, read only; nothing else of the family record.</li>
 *   <li>Members of the public: nothing of it.</li>
 * </ul>
 */
public enum FamilyRecordAccess {

    /** Search before create: likely matches for a name, date of birth, postcode or identifier. */
    FIND(Groups.STAFF_AND_PARTNERS),
    /** Record a person nobody found, after searching. */
    RECORD(Groups.STAFF_AND_PARTNERS),
    /** Open one person's record (their details, families and each module's section). */
    OPEN(Groups.STAFF_AND_PARTNERS),
    /** List and browse the council's people by name. */
    LIST(Groups.COUNCIL_STAFF),
    /** Correct a person's details; households and their members. */
    CHANGE(Groups.COUNCIL_STAFF),
    /** Relationships, consents, sharing decisions and case notes: read and record. */
    DETAILS(Groups.COUNCIL_STAFF),
    /** Merge two records of one person. */
    MERGE(Groups.EARLY_HELP_STAFF),
    /** Every person of the council as a file. */
    EXPORT(EnumSet.of(PortalRole.TEAM_MANAGER, PortalRole.GROUP_MANAGER, PortalRole.PERFORMANCE_TEAM));

    private final Set<PortalRole> roles;

    FamilyRecordAccess(Set<PortalRole> roles) {
        this.roles = Set.copyOf(roles);
    }

    /** The roles that may do this. */
    public Set<PortalRole> roles() {
        return roles;
    }

    /** Whether a caller with these roles in the council may do this. */
    public boolean allows(Set<PortalRole> rolesInCouncil) {
        return rolesInCouncil.stream().anyMatch(roles::contains);
    }

    /** The groups of roles RULES.md §2 speaks of. */
    public static final class Groups {
        /** Early help's own staff. */
        public static final Set<PortalRole> EARLY_HELP_STAFF = EnumSet.of(PortalRole.CASE_WORKER, PortalRole.TEAM_MANAGER,
                PortalRole.GROUP_MANAGER);
        /** The council's staff who work with families: early help, and the officers of the other service areas. */
        public static final Set<PortalRole> COUNCIL_STAFF = union(EARLY_HELP_STAFF, EnumSet.of(PortalRole.ATTENDANCE_OFFICER,
                PortalRole.ENFORCEMENT_OFFICER, PortalRole.LICENSING_OFFICER, PortalRole.HOUSING_OFFICER));
        /** Partner practitioners of other agencies. */
        public static final Set<PortalRole> PARTNERS = EnumSet.of(PortalRole.SCHOOL_STAFF, PortalRole.POLICE,
                PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE);
        /** Council staff and partner practitioners. */
        public static final Set<PortalRole> STAFF_AND_PARTNERS = union(COUNCIL_STAFF, PARTNERS);

        private Groups() {
        }

        private static Set<PortalRole> union(Set<PortalRole> a, Set<PortalRole> b) {
            Set<PortalRole> all = EnumSet.copyOf(a);
            all.addAll(b);
            return all;
        }
    }
}
