package org.nottspartners.portal.earlyhelp.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;
import org.nottspartners.portal.earlyhelp.referral.SocialCareIndicator;

/**
 * A referral as a partner makes it: the family (an existing core family, or a new one around the index
 * child, found first through core's search before create), the concerns and route, the level the referrer
 * believes applies, urgency, social care indicators ticked, and either consent (a consent record already
 * held, or consent given now with its evidence) or the lawful exception that applies.
 */
public record ReferralRequest(UUID familyId, UUID indexChildId, String newFamilyName, ReferralRoute route, String concerns,
        String believedLevel, boolean urgent, String urgencyReason, Set<SocialCareIndicator> indicators, UUID consentId,
        NewConsent consentGiven, ConsentException consentException, String referrerContact, boolean neetNeed,
        String assessmentForm, OffsetDateTime returnedAt, LocalDate priorAssessmentOn) {

    public ReferralRequest {
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
    }

    /** A referral without the details only some routes need (assessment form, return home, earlier assessment). */
    public ReferralRequest(UUID familyId, UUID indexChildId, String newFamilyName, ReferralRoute route, String concerns,
            String believedLevel, boolean urgent, String urgencyReason, Set<SocialCareIndicator> indicators, UUID consentId,
            NewConsent consentGiven, ConsentException consentException, String referrerContact, boolean neetNeed) {
        this(familyId, indexChildId, newFamilyName, route, concerns, believedLevel, urgent, urgencyReason, indicators, consentId,
                consentGiven, consentException, referrerContact, neetNeed, null, null, null);
    }

    /** Consent given to the referrer now, with its evidence (002 §2b1: "sought and evidenced in the referral"). */
    public record NewConsent(String givenBy, LocalDate decidedOn, String evidence) {
    }
}
