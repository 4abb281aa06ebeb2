package org.nottspartners.portal.core.event;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The attendance service refers a pupil for case management (RULES.md §4, County 002 §1b4: attendance below 90% over
 * the 6 weeks before the referral, with unauthorised absence; consent not required): the hand-off a module that runs
 * family casework (early help) takes up, without the attendance module knowing which. Fired within the transaction
 * that makes it, in the council of the pupil; the module that takes it says so with {@link #takenUp}, and a refusal
 * (the child already has an open case, say) is thrown and undoes the whole referral.
 *
 * @param childId           the core person referred
 * @param familyName        the name for a new family, if the child has none
 * @param attendancePercent attendance over the period, possible sessions only
 * @param concerns          why, in the officer's words
 * @param assessment        the referral form (barriers, the parent's and child's views, the school's actions, wider
 *                          issues, the attendance record), as text
 * @param referrerContact   how to reach the referring officer
 */
public record CaseManagementReferral(String tenantId, UUID childId, String familyName, double attendancePercent,
        int unauthorisedSessions, java.time.LocalDate from, java.time.LocalDate to, String concerns, String assessment,
        String referrerContact, OffsetDateTime at, Receipt receipt) {

    /** Where a referral was taken up: the taking module and its reference. Set once. */
    public static final class Receipt {
        private String moduleId;
        private String reference;

        public synchronized void takenUp(String moduleId, String reference) {
            if (this.moduleId != null) {
                throw new IllegalStateException("The referral was already taken up by " + this.moduleId);
            }
            this.moduleId = moduleId;
            this.reference = reference;
        }

        public synchronized Optional<String> reference() {
            return Optional.ofNullable(reference);
        }

        public synchronized Optional<String> moduleId() {
            return Optional.ofNullable(moduleId);
        }
    }

    /** The module that takes the referral up says so, with its own reference. */
    public void takenUp(String moduleId, String reference) {
        receipt.takenUp(moduleId, reference);
    }
}
