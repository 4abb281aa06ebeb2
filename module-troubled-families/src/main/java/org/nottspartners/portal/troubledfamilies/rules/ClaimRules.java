package org.nottspartners.portal.troubledfamilies.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a family's results can be claimed, and why not, in words (RULES.md §7): a lead practitioner, a whole-family
 * assessment and plan, the set's number of needs, every need's positive outcome sustained at least 6 months after
 * closure, the team manager's closure checklist (002 §13d); claimable once closed 6 months or more and within about 24
 * months of closure (one council's practice: settings); and payment by results ended for new results after March 2025,
 * after which results are reported, not claimed.
 */
public final class ClaimRules {

    private ClaimRules() {
    }

    /** One need (criterion met) and its outcome: achieved on a day, evidenced as still holding up to a day. */
    public record Need(String code, String name, LocalDate achievedOn, LocalDate sustainedTo) {
    }

    /** What the portal knows of the family's work. */
    public record Facts(LocalDate closedOn, boolean leadPractitioner, boolean wholeFamilyAssessment, boolean plan,
            boolean closureChecklist, List<Need> needs) {
        public Facts {
            needs = needs == null ? List.of() : List.copyOf(needs);
        }
    }

    /** The council's settings in force. */
    public record Terms(int minimumNeeds, int sustainMonths, int windowMonths, LocalDate lastResultDay) {
    }

    public enum Status {
        OPEN("The case is still open"), SUSTAINING("Closed: outcomes being sustained"), CLAIMABLE("Claimable"),
        NOT_CLAIMABLE("Not claimable"), WINDOW_CLOSED("Too late to claim"), REPORT_ONLY("Outcome reported, not claimed");

        private final String inWords;

        Status(String inWords) {
            this.inWords = inWords;
        }

        public String inWords() {
            return inWords;
        }
    }

    public record Decision(Status status, LocalDate claimableFrom, LocalDate claimableUntil, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    public static Decision decide(Facts f, Terms t, LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (!f.leadPractitioner()) {
            missing.add("no lead practitioner is recorded");
        }
        if (!f.wholeFamilyAssessment()) {
            missing.add("no whole-family assessment is recorded");
        }
        if (!f.plan()) {
            missing.add("no family plan is recorded");
        }
        if (f.needs().size() < t.minimumNeeds()) {
            missing.add("the family has " + f.needs().size() + (f.needs().size() == 1 ? " need" : " needs") + "; a claim needs "
                    + t.minimumNeeds() + " or more");
        }
        if (f.closedOn() == null) {
            List<String> reasons = new ArrayList<>(List.of("The case is still open: a claim comes at the earliest " + t.sustainMonths()
                    + " months after closure"));
            missing.forEach(m -> reasons.add("and " + m));
            return new Decision(Status.OPEN, null, null, reasons);
        }
        LocalDate from = f.closedOn().plusMonths(t.sustainMonths());
        LocalDate until = f.closedOn().plusMonths(t.windowMonths());
        List<String> reasons = new ArrayList<>();
        for (Need n : f.needs()) {
            if (n.achievedOn() == null) {
                missing.add(n.name() + ": no positive outcome is recorded");
            } else if (n.sustainedTo() == null || n.sustainedTo().isBefore(from)) {
                missing.add(n.name() + ": the outcome is evidenced only to " + (n.sustainedTo() == null ? n.achievedOn() : n.sustainedTo())
                        + ", not yet to " + from + " (" + t.sustainMonths() + " months after closure)");
            }
        }
        if (!f.closureChecklist()) {
            missing.add("the team manager's closure checklist is not completed (002 §13d)");
        }
        if (today.isAfter(until)) {
            reasons.add("Closed on " + f.closedOn() + ": the claim window ended on " + until + " (" + t.windowMonths()
                    + " months after closure)");
            return new Decision(Status.WINDOW_CLOSED, from, until, reasons);
        }
        if (from.isAfter(t.lastResultDay())) {
            reasons.add("Payment by results ended for new results after " + t.lastResultDay() + ": a result sustained to " + from
                    + " is reported, not claimed");
            missing.forEach(m -> reasons.add("and " + m));
            return new Decision(Status.REPORT_ONLY, from, until, reasons);
        }
        if (!missing.isEmpty()) {
            missing.forEach(m -> reasons.add(Character.toUpperCase(m.charAt(0)) + m.substring(1)));
            return new Decision(today.isBefore(from) ? Status.SUSTAINING : Status.NOT_CLAIMABLE, from, until, reasons);
        }
        if (today.isBefore(from)) {
            reasons.add("Closed on " + f.closedOn() + ": claimable from " + from + " if every outcome still holds then");
            return new Decision(Status.SUSTAINING, from, until, reasons);
        }
        reasons.add("Every need's outcome was sustained " + t.sustainMonths() + " months after closure on " + f.closedOn()
                + "; claimable until " + until);
        return new Decision(Status.CLAIMABLE, from, until, reasons);
    }
}
