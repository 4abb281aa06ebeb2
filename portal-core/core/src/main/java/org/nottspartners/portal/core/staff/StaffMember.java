package org.nottspartners.portal.core.staff;

/**
 * A member of staff as the identity provider knows them: the user name the portal records (a case's lead
 * professional, the author of a note) and the name people read.
 */
public record StaffMember(String userName, String name) {

    /** "Morgan Hale (morgan.county)": what a list of people to choose from shows. */
    public String label() {
        return name + " (" + userName + ")";
    }
}
