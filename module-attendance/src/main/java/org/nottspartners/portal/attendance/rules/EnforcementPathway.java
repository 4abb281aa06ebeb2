package org.nottspartners.portal.attendance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.time.DateText;

/**
 * The enforcement pathway (RULES.md §4, County practice 002 §3e4; national framework's Notice to Improve) as plain rules:
 * which stage may follow which, and what must have happened first. Notice to Attend, then 4 weeks without contact, then
 * the review; Formal Warning Letter, then at least 3 contacts in the next 4 weeks (one planned visit, one unannounced, one
 * by telephone); Court Action Letter, then at least one more contact in 4 weeks; court; post-court monitoring, normally
 * at most 4 weeks. A Notice to Improve gives 3 to 6 weeks to improve before a penalty notice or a Notice to Attend, and
 * is not used for holidays in term time. A case may be closed at any stage, with the reason in words. Every number is a
 * council setting ({@link Terms}).
 */
public final class EnforcementPathway {

    /** The stages, in the order the pathway runs. */
    public enum Stage {
        NOTICE_TO_IMPROVE("Notice to Improve"),
        NOTICE_TO_ATTEND("Notice to Attend"),
        REVIEW("Review"),
        FORMAL_WARNING("Formal Warning"),
        COURT_ACTION("Court Action Letter"),
        COURT("Court"),
        POST_COURT_MONITORING("Post-court monitoring"),
        CLOSED("Closed");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the officer was in touch with the family. */
    public enum ContactType {
        PLANNED_VISIT("planned home visit"),
        UNANNOUNCED_VISIT("unannounced home visit"),
        PHONE("telephone call"),
        MEETING("meeting"),
        OTHER("other contact");

        private final String label;

        ContactType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A contact with the family on a day. */
    public record Contact(LocalDate on, ContactType type) {
    }

    /** The council's timescales for the pathway, read from its settings on the day they apply. */
    public record Terms(int reviewWeeks, int warningWeeks, int warningContacts, int courtActionWeeks, int courtActionContacts,
            int improveMinWeeks, int improveMaxWeeks) {

        /** The national and County defaults (RULES.md §4). */
        public static final Terms DEFAULT = new Terms(4, 4, 3, 4, 1, 3, 6);
    }

    /** The stages a case may start at: a Notice to Improve, a Notice to Attend, or court after an unpaid penalty notice. */
    public static final Set<Stage> STARTS = EnumSet.of(Stage.NOTICE_TO_IMPROVE, Stage.NOTICE_TO_ATTEND, Stage.COURT);

    private EnforcementPathway() {
    }

    /** What a case's current stage is followed by, as the pathway runs. */
    public static Set<Stage> next(Stage from) {
        return switch (from) {
            case NOTICE_TO_IMPROVE -> EnumSet.of(Stage.NOTICE_TO_ATTEND, Stage.CLOSED);
            case NOTICE_TO_ATTEND -> EnumSet.of(Stage.REVIEW, Stage.CLOSED);
            case REVIEW -> EnumSet.of(Stage.FORMAL_WARNING, Stage.CLOSED);
            case FORMAL_WARNING -> EnumSet.of(Stage.COURT_ACTION, Stage.CLOSED);
            case COURT_ACTION -> EnumSet.of(Stage.COURT, Stage.CLOSED);
            case COURT -> EnumSet.of(Stage.POST_COURT_MONITORING, Stage.CLOSED);
            case POST_COURT_MONITORING -> EnumSet.of(Stage.CLOSED);
            case CLOSED -> EnumSet.noneOf(Stage.class);
        };
    }

    /**
     * Why the case may not move from {@code from} (reached on {@code since}) to {@code to} on {@code on}, in words, given
     * the contacts recorded since it reached {@code from}; empty when it may. {@code improveWeeks} is the improvement
     * period a Notice to Improve gave (null for other stages).
     */
    public static List<String> refusals(Stage from, LocalDate since, Integer improveWeeks, Stage to, List<Contact> contactsSince,
            LocalDate on, Terms terms) {
        List<String> why = new ArrayList<>();
        if (!next(from).contains(to)) {
            why.add(from == Stage.CLOSED ? "The case is closed"
                    : from.label() + " is followed by " + String.join(" or ", next(from).stream().map(Stage::label).toList())
                            + ", not " + to.label());
            return why;
        }
        if (to == Stage.CLOSED) {
            return why;
        }
        switch (from) {
            case NOTICE_TO_IMPROVE -> waited(why, since, improveWeeks == null ? terms.improveMinWeeks() : improveWeeks, on,
                    "the improvement period the Notice to Improve gave");
            case NOTICE_TO_ATTEND -> waited(why, since, terms.reviewWeeks(), on, "the Notice to Attend's period without contact");
            case FORMAL_WARNING -> {
                List<Contact> within = within(contactsSince, since, terms.warningWeeks());
                if (within.size() < terms.warningContacts()) {
                    why.add("The Formal Warning is followed by at least " + terms.warningContacts() + " contacts within "
                            + terms.warningWeeks() + " weeks; " + within.size() + " recorded");
                }
                for (ContactType needed : List.of(ContactType.PLANNED_VISIT, ContactType.UNANNOUNCED_VISIT, ContactType.PHONE)) {
                    if (within.stream().noneMatch(c -> c.type() == needed)) {
                        why.add("No " + needed.label() + " recorded within " + terms.warningWeeks() + " weeks of the Formal Warning");
                    }
                }
                waited(why, since, terms.warningWeeks(), on, "the Formal Warning's monitoring period");
            }
            case COURT_ACTION -> {
                List<Contact> within = within(contactsSince, since, terms.courtActionWeeks());
                if (within.size() < terms.courtActionContacts()) {
                    why.add("The Court Action Letter is followed by at least " + terms.courtActionContacts() + " contact within "
                            + terms.courtActionWeeks() + " weeks before court; " + within.size() + " recorded");
                }
            }
            default -> {
                // the review, court and monitoring move on when the officer says so
            }
        }
        return why;
    }

    /** Why a Notice to Improve may not be given, in words; empty when it may. */
    public static List<String> improveRefusals(int weeks, boolean holidayInTermTime, Terms terms) {
        List<String> why = new ArrayList<>();
        if (holidayInTermTime) {
            why.add("A Notice to Improve is not used for a holiday in term time");
        }
        if (weeks < terms.improveMinWeeks() || weeks > terms.improveMaxWeeks()) {
            why.add("The improvement period is between " + terms.improveMinWeeks() + " and " + terms.improveMaxWeeks() + " weeks");
        }
        return why;
    }

    /** The day a stage's period ends, when it has one: the review, the end of monitoring, the end of improvement. */
    public static Optional<LocalDate> periodEnds(Stage stage, LocalDate since, Integer improveWeeks, Terms terms) {
        return switch (stage) {
            case NOTICE_TO_IMPROVE -> Optional.of(since.plusWeeks(improveWeeks == null ? terms.improveMinWeeks() : improveWeeks));
            case NOTICE_TO_ATTEND -> Optional.of(since.plusWeeks(terms.reviewWeeks()));
            case FORMAL_WARNING -> Optional.of(since.plusWeeks(terms.warningWeeks()));
            case COURT_ACTION -> Optional.of(since.plusWeeks(terms.courtActionWeeks()));
            default -> Optional.empty();
        };
    }

    private static List<Contact> within(List<Contact> contacts, LocalDate since, int weeks) {
        LocalDate end = since.plusWeeks(weeks);
        return contacts.stream().filter(c -> !c.on().isBefore(since) && !c.on().isAfter(end)).toList();
    }

    private static void waited(List<String> why, LocalDate since, int weeks, LocalDate on, String what) {
        LocalDate end = since.plusWeeks(weeks);
        if (on.isBefore(end)) {
            why.add("Wait until " + DateText.inWords(end) + ": " + what + " (" + weeks + " weeks from " + DateText.inWords(since)
                    + ") has not ended");
        }
    }
}
