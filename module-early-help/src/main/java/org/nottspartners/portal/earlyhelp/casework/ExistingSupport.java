package org.nottspartners.portal.earlyhelp.casework;

/** How much support the family already has from other services (002 §3a3: weighed against risk). */
public enum ExistingSupport {
    LOW("Little support from other services"),
    MEDIUM("Some support from other services"),
    HIGH("A lot of support from other services");

    private final String label;

    ExistingSupport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
