package org.nottspartners.portal.licensing.applications;

import org.nottspartners.portal.licensing.checks.RuleChecks;

/** What is applied for (RULES.md §5). */
public enum ApplicationKind {
    PERFORMANCE("Child performance licence", "the producer", RuleChecks.Kind.PERFORMANCE),
    EMPLOYMENT("Child employment permit", "the employer", RuleChecks.Kind.EMPLOYMENT);

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

    public RuleChecks.Kind rules() {
        return rules;
    }
}
