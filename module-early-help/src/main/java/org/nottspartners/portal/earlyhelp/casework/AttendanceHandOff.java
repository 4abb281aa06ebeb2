package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.nottspartners.portal.core.event.CaseManagementReferral;
import org.nottspartners.portal.core.tenancy.TenantDirectory;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.ThresholdLevel;

/**
 * Takes up the attendance service's referrals for case management (core's {@link CaseManagementReferral}; County 002
 * §1b4, §2b2) where early help is switched on: a referral on the attendance route, without consent on the ground the
 * council allows for attendance below 90%, believed at the council's first early help level (the front door decides),
 * with the referral form as its assessment. Every check of an ordinary referral applies; a refusal undoes the hand-off.
 */
@ApplicationScoped
public class AttendanceHandOff {

    private static final String MODULE = "early-help";

    /** 002 §1b4: consent is not required below 90% attendance with unauthorised absence. */
    static final double CONSENT_NOT_NEEDED_BELOW = 90.0;

    @Inject
    Referrals referrals;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    TenantDirectory tenants;

    void onReferral(@Observes CaseManagementReferral r) {
        if (!tenants.isEnabled(r.tenantId(), MODULE)) {
            return;
        }
        if (r.attendancePercent() >= CONSENT_NOT_NEEDED_BELOW || r.unauthorisedSessions() == 0) {
            // the lawful exception is attendance below 90% with unauthorised absence (002 §1b4, §2b2), whatever the sender's setting
            throw new org.nottspartners.portal.core.problem.ActionRefusedException("Consent is needed", "Early help takes a"
                    + " referral without consent only below " + CONSENT_NOT_NEEDED_BELOW + "% with unauthorised absence; record"
                    + " the family's consent and refer through early help");
        }
        String level = setup.levelsOn(r.to()).stream().filter(ThresholdLevel::earlyHelp).map(ThresholdLevel::code).findFirst()
                .orElseThrow(() -> new org.nottspartners.portal.core.problem.ActionRefusedException("No early help level",
                        "The council has no early help level set up: its administrator sets the threshold levels first"));
        EarlyHelpCase c = referrals.refer(new ReferralRequest(null, r.childId(), r.familyName(), ReferralRoute.ATTENDANCE,
                r.concerns(), level, false, null, Set.of(), null, null, ConsentException.PERSISTENT_ABSENCE, r.referrerContact(),
                false, r.assessment(), null, null));
        r.takenUp(MODULE, c.reference());
    }
}
