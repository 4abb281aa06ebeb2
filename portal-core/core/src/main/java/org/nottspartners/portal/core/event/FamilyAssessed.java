package org.nottspartners.portal.core.event;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A module completed the assessment of its case with a family and recorded the family programme's criteria it found
 * (early help: 002 §13b, "at the point of assessment, be screened"), so Supporting Families screens the family at once.
 * Fired within the assessing transaction, in the council of the case.
 *
 * @param criteria the criteria found, by the module's code ({@code SCHOOL_ATTENDANCE}) with their words
 */
public record FamilyAssessed(String tenantId, String moduleId, String caseId, UUID familyId, UUID indexChildId,
        Map<String, String> criteria, String assessedBy, OffsetDateTime at) {

    public FamilyAssessed {
        criteria = Map.copyOf(criteria);
    }
}
