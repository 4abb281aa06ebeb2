package org.nottspartners.portal.core.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A module closed its case with a family (early help: RULES.md §3 "Closure", "a closure event published
 * through core so other modules (troubled families) can react"). Fired within the closing transaction,
 * in the council of the case.
 *
 * @param moduleId         the module that closed it ({@code early-help})
 * @param caseId           the case's id in that module
 * @param familyId         the core family
 * @param indexChildId     the core person the case was about
 * @param outcome          the outcome's code in the module's words ({@code FULLY_RESOLVED})
 * @param programmeStatus  the family programme status recorded at closure, or null
 */
public record FamilyCaseClosed(String tenantId, String moduleId, String caseId, UUID familyId, UUID indexChildId,
        String outcome, String programmeStatus, OffsetDateTime closedAt) {
}
