package org.nottspartners.portal.earlyhelp.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;

/**
 * What each referral route must bring (RULES.md §3 "Referral routes"; 002 §2a): an early help assessment
 * form from a partner on the assessment route (the front door completes it for a self-referral); the
 * child's return home for a missing-from-home return interview, due within 72 hours (§3b1); the date of
 * social care's assessment for a step-down, which stays current for 16 weeks (§3b2).
 */
public final class RouteDetails {

    private RouteDetails() {
    }

    /** Each problem with the details, by field, in the referrer's words; none when they are right. */
    public static List<Problem.FieldError> problems(ReferralRoute route, String assessmentForm, OffsetDateTime returnedAt,
            LocalDate priorAssessmentOn, OffsetDateTime now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (route.needsAssessmentForm() && route != ReferralRoute.SELF_REFERRAL
                && (assessmentForm == null || assessmentForm.isBlank())) {
            errors.add(new Problem.FieldError("assessmentForm", "This route needs the early help assessment: give its findings"
                    + " (the family's strengths, needs and what they want to change)"));
        }
        if (route == ReferralRoute.MISSING_RETURN_INTERVIEW) {
            if (returnedAt == null) {
                errors.add(new Problem.FieldError("returnedAt", "Give the date and time the child returned home:"
                        + " the return interview is due within 72 hours of it"));
            } else if (returnedAt.isAfter(now)) {
                errors.add(new Problem.FieldError("returnedAt", "The child's return home must be now or earlier"));
            }
        } else if (returnedAt != null) {
            errors.add(new Problem.FieldError("returnedAt", "A return home is given only for a missing-from-home return interview"));
        }
        if (route == ReferralRoute.STEP_DOWN) {
            if (priorAssessmentOn == null) {
                errors.add(new Problem.FieldError("priorAssessmentOn", "Give the date of social care's assessment of the family"));
            } else if (priorAssessmentOn.isAfter(now.toLocalDate())) {
                errors.add(new Problem.FieldError("priorAssessmentOn", "Social care's assessment must be dated today or earlier"));
            }
        } else if (priorAssessmentOn != null) {
            errors.add(new Problem.FieldError("priorAssessmentOn", "An earlier assessment date is given only for a step-down from social care"));
        }
        return errors;
    }

    /** The last day a stepped-down assessment is current (002 §3b2: for 16 weeks, a council setting). */
    public static LocalDate assessmentCurrentUntil(LocalDate assessedOn, int weeks) {
        return assessedOn.plusWeeks(weeks);
    }
}
