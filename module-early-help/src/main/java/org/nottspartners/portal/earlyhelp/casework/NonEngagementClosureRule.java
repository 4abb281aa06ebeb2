package org.nottspartners.portal.earlyhelp.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;
import org.nottspartners.portal.earlyhelp.referral.TeamKind;

/**
 * Whether a case may close because the family does not engage (RULES.md §3 "Closure"; 002 §3b4, §3c3, §6d):
 * <ul>
 * <li>never where the law requires the council to stay involved, as for school attendance: 002 §3c3 sets its
 * steps only "where there is no statutory obligation for our involvement (such as school attendance)", and
 * §3b4 has a Family Action Plan written without consent there instead. The referral records it: a referral
 * for school attendance below 90%, or one made without consent because of persistent absence (002 §1b4);</li>
 * <li>a Children's Centre case after three attempted contacts, the third with a follow-up letter (002 §6d);</li>
 * <li>any other case after the steps of 002 §3c3, in order, and the time the final letter gives.</li>
 * </ul>
 */
public final class NonEngagementClosureRule {

    /** Why the case cannot close for non-engagement where the law requires the council to stay involved. */
    public static final String LAW_REQUIRES_INVOLVEMENT = "The family was referred for school attendance, and the law requires"
            + " us to stay involved, so the case cannot be closed because the family does not engage (002 §3c3). Write the"
            + " Family Action Plan without their consent, setting out the steps you will take about attendance and when"
            + " (002 §3b4).";

    private NonEngagementClosureRule() {
    }

    /** A refusal in a case worker's words: what they read first, and why. */
    public record Refusal(String title, String message) {
    }

    /** Whether the law requires the council to stay involved with the family (school attendance, 002 §3b4, §3c3). */
    public static boolean lawRequiresInvolvement(ReferralRoute route, ConsentException exception) {
        return route == ReferralRoute.ATTENDANCE || exception == ConsentException.PERSISTENT_ABSENCE;
    }

    /**
     * What is still needed before the case may close for non-engagement, in the user's words; empty when it may.
     * Where the law requires involvement, the one reason it cannot.
     *
     * @param team the kind of team holding the case; null when not known (the 002 §3c3 steps apply)
     */
    public static List<String> stillNeeded(ReferralRoute route, ConsentException exception, TeamKind team,
            List<NonEngagementSequence.Attempt> attempts, LocalDate today, WorkingDayCalendar calendar, int responseWorkingDays) {
        if (lawRequiresInvolvement(route, exception)) {
            return List.of(LAW_REQUIRES_INVOLVEMENT);
        }
        return team == TeamKind.CHILDRENS_CENTRE
                ? NonEngagementSequence.missingForChildrensCentre(attempts, today, calendar, responseWorkingDays)
                : NonEngagementSequence.missing(attempts, today, calendar, responseWorkingDays);
    }

    /** The refusal of a closure for non-engagement on {@code today}; empty when it is allowed. */
    public static Optional<Refusal> refusal(ReferralRoute route, ConsentException exception, TeamKind team,
            List<NonEngagementSequence.Attempt> attempts, LocalDate today, WorkingDayCalendar calendar, int responseWorkingDays) {
        if (lawRequiresInvolvement(route, exception)) {
            return Optional.of(new Refusal("The law requires us to stay involved", LAW_REQUIRES_INVOLVEMENT));
        }
        List<String> gaps = stillNeeded(route, exception, team, attempts, today, calendar, responseWorkingDays);
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        String source = team == TeamKind.CHILDRENS_CENTRE ? "002 §6d" : "002 §3c3";
        return Optional.of(new Refusal("This cannot be done now",
                "Not every step to engage the family has been taken (" + source + "): " + String.join("; ", gaps)));
    }
}
