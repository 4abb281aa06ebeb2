package org.nottspartners.portal.core.access;

import java.util.UUID;

/**
 * A module's answer to "is this practitioner involved with this person?" (RULES.md §2 "Who may see what": a
 * partner opens a person's record only where they referred the child, hold the case as lead professional, or are
 * a member of its Team around the Child; a school also for pupils on its roll). Each module that records such
 * involvement offers one as a CDI bean; {@link PersonRecordAccess} asks them all. Called inside the council of
 * the request, so the module's own queries see only that council's records.
 */
public interface PersonInvolvement {

    /**
     * Whether the user (their identifier, as {@code CurrentUser.userId()} gives it, and their user name as
     * Keycloak knows it) is involved with the person through this module's records.
     */
    boolean involves(String userId, String userName, UUID personId);
}
