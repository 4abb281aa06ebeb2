package org.nottspartners.portal.housing.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

/**
 * Places unsuitable for children (RULES.md §6: "B&amp;B and shared adult hostels are unsuitable for under-18s"): the
 * kinds a council lists ({@link HousingSettings#UNSUITABLE}) are refused for a young person under the adult age on
 * the day of the placement, with the reason in words.
 */
public final class Suitability {

    private Suitability() {
    }

    /** Why the place may not be offered; empty when it may. A young person whose date of birth is unknown is a child. */
    public static Optional<String> refusal(ProviderKind kind, Set<ProviderKind> unsuitable, int adultAge, LocalDate dateOfBirth,
            LocalDate on) {
        if (!unsuitable.contains(kind)) {
            return Optional.empty();
        }
        String place = Character.toUpperCase(kind.inWords().charAt(0)) + kind.inWords().substring(1);
        if (dateOfBirth == null) {
            return Optional.of(place + " is unsuitable for a young person under " + adultAge + ", and this young person's date"
                    + " of birth is not recorded: record it, or choose supported accommodation or an emergency bed.");
        }
        int age = Period.between(dateOfBirth, on).getYears();
        if (age >= adultAge) {
            return Optional.empty();
        }
        return Optional.of(place + " is unsuitable for a young person aged " + age + ": under " + adultAge
                + " it is never offered (the Southwark judgment, 2009). Choose supported accommodation or an emergency bed.");
    }
}
