package org.nottspartners.portal.earlyhelp.casework;

/**
 * The teams a lead professional commissions work from (002 §4-§5, §7e): the Interventions Team, or the
 * Intensive Support and Parenting Team for intensive work. They differ in how often the plan is reviewed
 * (every 6 to 12 weeks; intensive every 6) and how much non-engagement closes the work (2; intensive 4).
 */
public enum InterventionKind {
    INTERVENTION("Interventions Team", EarlyHelpStandards.INTERVENTION_REVIEW, 2),
    INTENSIVE("Intensive Support and Parenting Team", EarlyHelpStandards.INTENSIVE_REVIEW, 4);

    private final String team;
    private final String reviewStandard;
    private final int nonEngagementsBeforeClosure;

    InterventionKind(String team, String reviewStandard, int nonEngagementsBeforeClosure) {
        this.team = team;
        this.reviewStandard = reviewStandard;
        this.nonEngagementsBeforeClosure = nonEngagementsBeforeClosure;
    }

    public String team() {
        return team;
    }

    /** The standard timing the plan's reviews. */
    public String reviewStandard() {
        return reviewStandard;
    }

    /** Instances of non-engagement after which the work may close, with the lead professional (002 §7e). */
    public int nonEngagementsBeforeClosure() {
        return nonEngagementsBeforeClosure;
    }
}
