package org.nottspartners.portal.earlyhelp.casework;

/** What the Child and Family Worker records on commissioned work (002 §4c, §5b, §7e). */
public enum InterventionStep {
    PLANNING_MEETING("Planning meeting or discussion with the lead professional"),
    FIRST_VISIT("Introductory visit to the family"),
    PLAN_WRITTEN("Intervention plan written and shared with the family"),
    FIRST_SESSION("First session delivered"),
    REVIEW("Intervention plan reviewed"),
    NON_ENGAGEMENT("The family did not engage with a session"),
    SERVICE_MANAGER_AGREED("A Service Manager agreed the work stays open past 12 weeks");

    private final String label;

    InterventionStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
