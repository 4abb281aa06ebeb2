package org.nottspartners.portal.earlyhelp.casework;

/**
 * A step in an early help case that starts or stops quality-standard clocks (RULES.md §3 "Quality
 * standards", §8; seed 002). {@link CaseClockPolicy} says which.
 */
public enum CaseStep {
    /** A partner's referral reaches the front door (002 §2a15). */
    REFERRED,
    /** The referral says when a child missing from home came back (002 §3b1, §2a6); timed from the return. */
    RETURNED_FROM_MISSING,
    /** The front door completes the assessment form of a self-referral. */
    REFERRAL_ASSESSMENT_COMPLETED,
    /** The front door accepts the referral and passes it to a team (002 §2a15, §3a2). */
    ACCEPTED_TO_TEAM,
    /** The front door declines or redirects the referral: early help's work on it ends (002 §2a15). */
    NOT_ACCEPTED,
    /** The team places the case on its waiting list (002 §3a2, §3a3). */
    PLACED_ON_WAITING_LIST,
    /** A group manager reviews a case that has waited over 10 weeks; it goes on waiting (002 §3a3). */
    WAITING_REVIEWED,
    /** The case is allocated to a lead professional and needs its own assessment (002 §3b2, §3b6). */
    ALLOCATED,
    /** The case is allocated, and social care's assessment of a stepped-down case is still current (002 §3b2). */
    ALLOCATED_WITH_CURRENT_ASSESSMENT,
    /** A home visit to the family (002 §3b6, §3c5). */
    HOME_VISIT,
    /** Face-to-face contact elsewhere: school, centre or office (002 §3c5). */
    FACE_TO_FACE_CONTACT,
    /** A phone call, text or video call (002 §3c5). */
    PHONE_CONTACT,
    /** The missing-from-home return interview (002 §3b1, §2a6). */
    RETURN_INTERVIEW,
    /** The case becomes open for family programme monitoring only, or goes back to full work (002 §3c5). */
    MONITORING_CHANGED,
    /** The early help assessment is recorded (002 §3b2). */
    ASSESSED,
    /** The Family Action Plan is agreed with the family (002 §3b4). */
    PLAN_AGREED,
    /** A Team Around the Family meeting is held (002 §3d1, §3d5). */
    TAF_HELD,
    /** A TAF meeting that formally reviews the assessment and plan (002 §3b5, §3c5). */
    REVIEW_HELD,
    /** A dispute is raised with the first step of the ladder (002 §3a5, §3a8). */
    DISPUTE_RAISED,
    /** A disagreement is raised where the risk is high: resolved within 24 hours, not 48 (001 L1808-1830). */
    DISPUTE_RAISED_HIGH_RISK,
    /** Verbal feedback is given to the referrer who disagrees (001 L1808-1830: within 24 hours). */
    DISPUTE_FEEDBACK,
    /** The open dispute is escalated a step up the ladder (002 §3a5, §3a8). */
    DISPUTE_ESCALATED,
    /** The open dispute is resolved (002 §3a8). */
    DISPUTE_RESOLVED,
    /** The final non-engagement letter is sent (002 §3c3). */
    FINAL_LETTER_SENT,
    /** The case closes (RULES.md §3 "Closure"). */
    CLOSED;

    /** The step a kind of contact is. */
    public static CaseStep contact(ContactKind kind) {
        return switch (kind) {
            case HOME_VISIT -> HOME_VISIT;
            case FACE_TO_FACE -> FACE_TO_FACE_CONTACT;
            case PHONE -> PHONE_CONTACT;
            case RETURN_INTERVIEW -> RETURN_INTERVIEW;
        };
    }

    /** The step a front door decision is. */
    public static CaseStep decided(FrontDoorDecision decision) {
        return decision == FrontDoorDecision.ACCEPT_TO_TEAM ? ACCEPTED_TO_TEAM : NOT_ACCEPTED;
    }
}
