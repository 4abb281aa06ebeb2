package org.nottspartners.portal.attendance.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What a breach of a parenting order calls for (RULES.md §4, County practice 002 §3h1): the parent is contacted within
 * 1 working day; an acceptable reason means no action; an unacceptable one means a meeting and a Warning Letter; more
 * than one unacceptable breach within 3 months means a Breach Letter, a multi-agency meeting with the police and a
 * statement for the court.
 */
public final class ParentingOrderBreaches {

    /** What the officer does next. */
    public enum Action {
        NO_ACTION("No action: the reason given is acceptable"),
        WARNING_LETTER("Meet the parent and send a Warning Letter"),
        BREACH_LETTER("Send a Breach Letter, hold a multi-agency meeting with the police and prepare the statement (chronology,"
                + " directions, proceedings, compliance, warnings, attendance concerns, correspondence)");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private ParentingOrderBreaches() {
    }

    /**
     * The action a breach on {@code on} calls for, given the days of the parent's earlier unacceptable breaches and
     * the council's period ({@code months}, 3 by default) within which a second one is escalated.
     */
    public static Action action(LocalDate on, boolean acceptable, List<LocalDate> earlierUnacceptable, int months) {
        if (acceptable) {
            return Action.NO_ACTION;
        }
        LocalDate from = on.minusMonths(months);
        boolean another = earlierUnacceptable.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(on));
        return another ? Action.BREACH_LETTER : Action.WARNING_LETTER;
    }
}
