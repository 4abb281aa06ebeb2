package org.nottspartners.portal.troubledfamilies.rules;

import java.util.Optional;

/**
 * The programme's cost benefits for a year (RULES.md §7, 002 §13: "a Dashboard of data ... including the Cost Benefits
 * of the programme"): the cost of the work with the families attached against the value of the outcomes sustained,
 * from the council's unit costs. With no unit costs set there is no figure, and the words say so.
 */
public record CostBenefit(long familiesAttached, long outcomesSustained, long costPounds, long valuePounds, Optional<Double> ratio,
        String inWords) {

    public static CostBenefit of(long familiesAttached, long outcomesSustained, int costPerFamily, int valuePerOutcome) {
        if (costPerFamily <= 0 || valuePerOutcome <= 0) {
            return new CostBenefit(familiesAttached, outcomesSustained, 0, 0, Optional.empty(), "The council has not set its unit"
                    + " costs (the cost of the work with a family, the value of a sustained outcome), so no cost benefit is shown.");
        }
        long cost = familiesAttached * costPerFamily;
        long value = outcomesSustained * valuePerOutcome;
        Optional<Double> ratio = cost == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * value / cost) / 100.0);
        return new CostBenefit(familiesAttached, outcomesSustained, cost, value, ratio, "£" + value + " of outcomes sustained for £"
                + cost + " of work with " + familiesAttached + (familiesAttached == 1 ? " family" : " families")
                + ratio.map(r -> ": £" + r + " for every £1").orElse(""));
    }
}
