package org.nottspartners.portal.core.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * The rules of a person's address history, in plain Java: a person lives at one address at a time; each
 * address has the day they moved in and, once they left, the last day they lived there; recording a move
 * closes the current address the day before the new one starts; no two periods overlap; a move is not
 * recorded before it happens.
 */
public final class AddressRules {

    private AddressRules() {
    }

    /** The days someone lived at an address, both included; {@code to} is null while they still live there. */
    public record Period(LocalDate from, LocalDate to) {

        public Period {
            if (from == null || (to != null && to.isBefore(from))) {
                throw new IllegalArgumentException("A period starts on a day and ends on or after it: " + from + " to " + to);
            }
        }

        /** Whether this is where the person lives now. */
        public boolean isCurrent() {
            return to == null;
        }

        /** Whether the two periods share a day. */
        public boolean overlaps(Period other) {
            return !endsBefore(other.from) && !other.endsBefore(from);
        }

        private boolean endsBefore(LocalDate day) {
            return to != null && to.isBefore(day);
        }
    }

    /**
     * What recording a move does to the history.
     *
     * @param closed   the current period the move closes, if there was one
     * @param closesOn the last day at that address: the day before the move
     * @param opened   the new current period
     */
    public record Move(Optional<Period> closed, LocalDate closesOn, Period opened) {
    }

    /**
     * A move to a new address from {@code from}, given the person's history; refused, naming the field
     * {@code from}, when it is missing, in the future, or not after every day of the history.
     */
    public static Move move(List<Period> history, LocalDate from, LocalDate today) {
        if (from == null) {
            throw refused("Enter the date they moved in, like " + today);
        }
        if (from.isAfter(today)) {
            throw refused("The date they moved in cannot be in the future: record the move once it has happened");
        }
        Optional<Period> current = history.stream().filter(Period::isCurrent).findFirst();
        if (current.isPresent() && !from.isAfter(current.get().from())) {
            throw refused("They have lived at their current address since " + current.get().from()
                    + ": a move to a new address must be dated after that");
        }
        Period opened = new Period(from, null);
        Optional<Period> clash = history.stream().filter(p -> !p.isCurrent()).filter(opened::overlaps).findFirst();
        if (clash.isPresent()) {
            throw refused("They lived at another address until " + clash.get().to()
                    + ": a move must be dated after that, as nobody lives at two addresses at once");
        }
        return new Move(current, current.isPresent() ? from.minusDays(1) : null, opened);
    }

    /** Whether any two periods of a history overlap (they never should). */
    public static boolean overlapping(List<Period> history) {
        for (int i = 0; i < history.size(); i++) {
            for (int j = i + 1; j < history.size(); j++) {
                if (history.get(i).overlaps(history.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("from", message);
    }
}
