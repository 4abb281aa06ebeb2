package org.nottspartners.portal.attendance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

/**
 * Whether a parent may be given a penalty notice for a child's absence on a day (RULES.md §4, national framework from
 * 19 August 2024): 10 sessions of unauthorised absence (G, N, O, U) within a rolling period of 10 school weeks, the
 * sessions need not be consecutive and may span terms; school weeks come from the council's term dates, so a week of
 * holiday is not one of them. £160, reduced to £80 if paid within 21 days, payable within 28. A second notice to the
 * same parent for the same child within 3 years is £160 with no reduction; there is no third within 3 years (another
 * tool, prosecution, must be used). Withdrawn notices do not count. Every number is a council setting.
 *
 * <p>A notice answers the absence before it: sessions on or before the day of the last notice that counts are not
 * counted again.
 */
public final class PenaltyNoticeRule {

    /** The numbers in force (the council's settings; {@link #NATIONAL} are the framework's). */
    public record Terms(int sessions, int schoolWeeks, int pounds, int reducedPounds, int reducedWithinDays, int payableWithinDays,
            int repeatYears) {
    }

    /** The national framework's numbers (RULES.md §4). */
    public static final Terms NATIONAL = new Terms(10, 10, 160, 80, 21, 28, 3);

    /** A notice given earlier to the same parent for the same child. */
    public record EarlierNotice(LocalDate issuedOn, boolean withdrawn) {
    }

    /**
     * The answer, with its reason in words.
     *
     * @param windowFrom    the first day of the qualifying window (the first session counted)
     * @param windowTo      the last day of the window: the day before the school week after its tenth
     * @param sessions      unauthorised sessions counted in that window (or in the best window when not eligible)
     * @param pounds        the notice's amount, when eligible
     * @param reducedPounds the amount if paid within the reduction period, when there is one
     */
    public record Decision(boolean eligible, Optional<LocalDate> windowFrom, Optional<LocalDate> windowTo, int sessions,
            Integer pounds, Integer reducedPounds, String reason) {
    }

    private PenaltyNoticeRule() {
    }

    /**
     * Decides on {@code on}.
     *
     * @param unauthorisedSessions the day of each session of unauthorised absence (a day appears twice for a morning and
     *                             an afternoon)
     * @param earlier              notices given before to this parent for this child
     * @param calendar             the council's calendar with its term dates, covering the sessions
     */
    public static Decision decide(List<LocalDate> unauthorisedSessions, List<EarlierNotice> earlier, LocalDate on,
            WorkingDayCalendar calendar, Terms terms) {
        Objects.requireNonNull(on, "Say on which day");
        List<EarlierNotice> counting = earlier.stream().filter(n -> !n.withdrawn())
                .filter(n -> !n.issuedOn().isAfter(on) && n.issuedOn().isAfter(on.minusYears(terms.repeatYears())))
                .sorted(Comparator.comparing(EarlierNotice::issuedOn)).toList();
        if (counting.size() >= 2) {
            return new Decision(false, Optional.empty(), Optional.empty(), 0, null, null, "Two notices have been given for this"
                    + " child within " + terms.repeatYears() + " years (the last on " + counting.get(counting.size() - 1).issuedOn()
                    + "): a third is not issued; consider prosecution under section 444 instead");
        }
        Optional<LocalDate> after = counting.isEmpty() ? Optional.empty()
                : Optional.of(counting.get(counting.size() - 1).issuedOn());
        List<LocalDate> sessions = unauthorisedSessions.stream().filter(d -> !d.isAfter(on))
                .filter(d -> after.map(d::isAfter).orElse(true)).sorted().toList();

        // the latest window that qualifies, else the fullest one: what the officer needs to see
        int[] qualifying = null;
        int[] fullest = null;
        LocalDate[] ends = new LocalDate[sessions.size()];
        for (int i = 0; i < sessions.size(); i++) {
            ends[i] = calendar.addSchoolWeeks(sessions.get(i), terms.schoolWeeks()); // the window ends the day before
            int count = 0;
            for (int j = i; j < sessions.size() && sessions.get(j).isBefore(ends[i]); j++) {
                count++;
            }
            if (count >= terms.sessions()) {
                qualifying = new int[] {i, count};
            }
            if (fullest == null || count > fullest[1]) {
                fullest = new int[] {i, count};
            }
        }
        int[] chosen = qualifying != null ? qualifying : fullest;
        int best = chosen == null ? 0 : chosen[1];
        LocalDate bestFrom = chosen == null ? null : sessions.get(chosen[0]);
        LocalDate bestTo = chosen == null ? null : ends[chosen[0]].minusDays(1);
        List<String> words = new ArrayList<>();
        if (best < terms.sessions()) {
            words.add(sessions.isEmpty() ? "No sessions of unauthorised absence" + after.map(d -> " since the notice of " + d).orElse("")
                    : "At most " + best + " sessions of unauthorised absence in any " + terms.schoolWeeks() + " school weeks"
                            + after.map(d -> " since the notice of " + d).orElse("") + "; " + terms.sessions() + " are needed");
            return new Decision(false, Optional.ofNullable(bestFrom), Optional.ofNullable(bestTo), best, null, null,
                    String.join("", words));
        }
        boolean second = counting.size() == 1;
        String reason = best + " sessions of unauthorised absence between " + bestFrom + " and " + bestTo + ", within "
                + terms.schoolWeeks() + " school weeks: eligible for " + (second
                        ? "a second notice within " + terms.repeatYears() + " years, £" + terms.pounds() + " with no reduction"
                        : "a notice of £" + terms.pounds() + ", £" + terms.reducedPounds() + " if paid within "
                                + terms.reducedWithinDays() + " days")
                + "; payable within " + terms.payableWithinDays() + " days";
        return new Decision(true, Optional.of(bestFrom), Optional.of(bestTo), best, terms.pounds(),
                second ? null : terms.reducedPounds(), reason);
    }
}
