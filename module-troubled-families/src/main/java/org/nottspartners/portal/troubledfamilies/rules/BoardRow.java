package org.nottspartners.portal.troubledfamilies.rules;

import java.util.List;

/**
 * One indicator of a board report in the City's format (001 "CYPP Performance Report"): its polarity, the previous two
 * years' outturns, this year's quarterly values, the target, whether it is better than last year and whether the target
 * is met. The year's outturn is the sum of its quarters so far.
 */
public record BoardRow(String indicator, Polarity polarity, long twoYearsAgo, long lastYear, List<Long> quarters, Long target,
        long outturn, boolean betterThanLastYear, Boolean targetMet) {

    /** Whether more is better. */
    public enum Polarity {
        HIGHER_IS_BETTER("Higher is better"), LOWER_IS_BETTER("Lower is better");

        private final String inWords;

        Polarity(String inWords) {
            this.inWords = inWords;
        }

        public String inWords() {
            return inWords;
        }
    }

    public BoardRow {
        quarters = List.copyOf(quarters);
    }

    /** The row for an indicator, its flags computed from its polarity; a null target is "no target set" (targetMet null). */
    public static BoardRow of(String indicator, Polarity polarity, long twoYearsAgo, long lastYear, List<Long> quarters, Long target) {
        long outturn = quarters.stream().mapToLong(Long::longValue).sum();
        boolean better = polarity == Polarity.HIGHER_IS_BETTER ? outturn > lastYear : outturn < lastYear;
        Boolean met = target == null ? null : polarity == Polarity.HIGHER_IS_BETTER ? outturn >= target : outturn <= target;
        return new BoardRow(indicator, polarity, twoYearsAgo, lastYear, quarters, target, outturn, better, met);
    }
}
