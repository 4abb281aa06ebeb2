package org.nottspartners.portal.earlyhelp.referral;

import java.time.LocalDate;
import java.time.Period;

/**
 * How old the index child is, for the social care indicators: not yet born, a whole number of years, or
 * not known (no date of birth recorded). "Not known" is its own answer, never a guess: an unknown age
 * treated as unborn, or as an adult, would let a referral through that an age-bound indicator must stop.
 */
public final class ChildAge {

    private static final ChildAge UNBORN = new ChildAge(-1);
    private static final ChildAge UNKNOWN = new ChildAge(-2);

    private final int years;

    private ChildAge(int years) {
        this.years = years;
    }

    public static ChildAge unborn() {
        return UNBORN;
    }

    public static ChildAge unknown() {
        return UNKNOWN;
    }

    public static ChildAge years(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("An age in years is not negative: " + years);
        }
        return new ChildAge(years);
    }

    /** The age on a day of someone born on a date (unknown when the date is not recorded). */
    public static ChildAge on(LocalDate dateOfBirth, LocalDate day) {
        return dateOfBirth == null ? UNKNOWN : years(Math.max(0, Period.between(dateOfBirth, day).getYears()));
    }

    public boolean isUnborn() {
        return this == UNBORN;
    }

    public boolean isUnknown() {
        return this == UNKNOWN;
    }

    /** Whole years; only for a child who is born and whose age is known. */
    public int years() {
        if (years < 0) {
            throw new IllegalStateException("No age in years for a child " + (isUnborn() ? "not yet born" : "of unknown age"));
        }
        return years;
    }

    @Override
    public String toString() {
        return isUnborn() ? "unborn" : isUnknown() ? "age unknown" : years + " years";
    }
}
