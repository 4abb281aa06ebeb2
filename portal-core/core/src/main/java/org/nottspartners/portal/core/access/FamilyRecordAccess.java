package org.nottspartners.portal.core.access;

import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.PortalRole.Grant;
import org.nottspartners.portal.core.identity.PortalRole.Kind;

/**
 * Who may do what with the common family record, declared once for the pages and the API (RULES.md §2
 * "Who may see what": least privilege, data minimisation, UK GDPR Art. 5(1)(c); the CAF shared "with
 * practitioners appropriately", 001 L1148), in the groups RULES.md §2 speaks of ({@link Kind}) and the grants a
 * role's declaration gives ({@link Grant}), never in a module's role names. Every endpoint of the family record
 * names one of these ({@link AllowedTo}); every page of it is opened by one ({@code PageAccess}); the role matrix
 * tests check both against this table.
 *
 * <ul>
 *   <li>Council staff (early help case workers and managers, and the council's officers of the other
 *       service areas) search, open and correct people of their council, with their relationships,
 *       consents and notes.</li>
 *   <li>Partner practitioners (school, police, health, youth justice) search before create, to refer or
 *       to start a CAF, record the child they cannot find, and open the records of people they work with
 *       ({@link PersonRecordAccess}); they never list or browse the council's people, never read consents, notes
 *       or relationships through the family record, never change a record and never export.</li>
 *   <li>Council administrators keep the council's configuration: none of the family record (they undo
 *       merges through their own administration rules).</li>
 *   <li>The performance team exports, read only; nothing else of the family record.</li>
 *   <li>Members of the public: nothing of it.</li>
 * </ul>
 */
public enum FamilyRecordAccess {

    /** Search before create: likely matches for a name, date of birth, postcode or identifier. */
    FIND(Set.of(Kind.COUNCIL_STAFF, Kind.PARTNER), null, "council staff and partner practitioners"),
    /** Record a person nobody found, after searching. */
    RECORD(Set.of(Kind.COUNCIL_STAFF, Kind.PARTNER), null, "council staff and partner practitioners"),
    /** Open one person's record (their details, families and each module's section). */
    OPEN(Set.of(Kind.COUNCIL_STAFF, Kind.PARTNER), null, "council staff and partner practitioners (a partner only a person they work with)"),
    /** List and browse the council's people by name. */
    LIST(Set.of(Kind.COUNCIL_STAFF), null, "council staff"),
    /** Correct a person's details; households and their members. */
    CHANGE(Set.of(Kind.COUNCIL_STAFF), null, "council staff"),
    /** Relationships, consents, sharing decisions and case notes: read and record. */
    DETAILS(Set.of(Kind.COUNCIL_STAFF), null, "council staff"),
    /** Merge two records of one person. */
    MERGE(Set.of(), Grant.MERGE_PEOPLE, "roles declared with the merge grant (early help's staff)"),
    /** Every person of the council as a file. */
    EXPORT(Set.of(), Grant.EXPORT_PEOPLE, "roles declared with the export grant (early help's managers, the performance team)");

    private final Set<Kind> kinds;
    private final Grant grant;
    private final String who;

    FamilyRecordAccess(Set<Kind> kinds, Grant grant, String who) {
        this.kinds = kinds;
        this.grant = grant;
        this.who = who;
    }

    /** Whether a caller with these roles in the council may do this. */
    public boolean allows(Set<PortalRole> rolesInCouncil) {
        return rolesInCouncil.stream().anyMatch(this::allows);
    }

    /** Whether a role may do this. */
    public boolean allows(PortalRole role) {
        return role.kind() != null && kinds.contains(role.kind()) || grant != null && role.has(grant);
    }

    /** Who may, in words (for the API's description). */
    public String who() {
        return who;
    }
}
