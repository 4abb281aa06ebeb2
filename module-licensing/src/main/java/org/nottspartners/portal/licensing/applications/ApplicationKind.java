package org.nottspartners.portal.licensing.applications;

import org.nottspartners.portal.licensing.checks.RuleChecks;

/** What is applied for (RULES.md §5). */
public enum ApplicationKind {
    PERFORMANCE("Child performance licence", "the producer", RuleChecks.Kind.PERFORMANCE),
    EMPLOYMENT("Child employment permit", "the employer", RuleChecks.Kind.EMPLOYMENT),
    /** A would-be chaperone applies for themselves: identity, DBS, references, training, consent to a records check (002 §14b). */
    CHAPERONE("Chaperone licence", "the chaperone", null),
    /**
     * An organisation's approval for its performances over a period (RULES.md §5: no licence is needed for a child in a
     * performance under a body of persons approval), with its safeguarding arrangements; current approvals are listed
     * for the public.
     */
    BODY_OF_PERSONS("Body of persons approval", "the organisation", null);

    private final String title;
    private final String applicant;
    private final RuleChecks.Kind rules;

    ApplicationKind(String title, String applicant, RuleChecks.Kind rules) {
        this.title = title;
        this.applicant = applicant;
        this.rules = rules;
    }

    public String title() {
        return title;
    }

    /** Who applies, in words. */
    public String applicant() {
        return applicant;
    }

    /** The hours rules a plan of this kind is checked against; {@code null} for a chaperone licence, which has no days. */
    public RuleChecks.Kind rules() {
        return rules;
    }
}
