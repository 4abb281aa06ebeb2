package org.nottspartners.portal.earlyhelp.casework;

/** The family programme's headline criteria a plan target may address (002 §13a; RULES.md §7). */
public enum ProgrammeCriterion {
    CRIME_ASB("Crime and anti-social behaviour"),
    SCHOOL_ATTENDANCE("School attendance"),
    CHILDREN_NEED_HELP("Children who need help"),
    WORKLESSNESS("Worklessness and financial exclusion"),
    DOMESTIC_ABUSE("Domestic abuse"),
    HEALTH("Health");

    private final String label;

    ProgrammeCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
