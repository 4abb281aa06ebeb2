package org.nottspartners.portal.core.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A module stepped a family's case up to children's social care (RULES.md §3 "City model": step up and step down
 * while a case is open, 001 L1126, L1151, appendix 1; issue 23): the hand-off other modules and reporting react to.
 * Fired within the transaction that records it, in the council of the case.
 *
 * @param moduleId     the module that stepped the case up ({@code early-help})
 * @param caseId       the case's id in that module
 * @param familyId     the core family
 * @param indexChildId the core person the case was about
 * @param level        the level of need now judged, in the council's words ("Children in Need")
 * @param reasons      why, in the practitioner's words
 * @param referredBy   the user who stepped it up
 * @param at           when
 */
public record SocialCareReferral(String tenantId, String moduleId, String caseId, UUID familyId, UUID indexChildId,
        String level, String reasons, String referredBy, OffsetDateTime at) {
}
