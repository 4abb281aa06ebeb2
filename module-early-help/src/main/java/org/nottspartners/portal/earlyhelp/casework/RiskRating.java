package org.nottspartners.portal.earlyhelp.casework;

/** The waiting list's risk rating (002 §3a3), in the words the page shows. */
public enum RiskRating {
    RED("Red: high risk"),
    AMBER("Amber: medium risk"),
    GREEN("Green: low risk");

    private final String label;

    RiskRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
