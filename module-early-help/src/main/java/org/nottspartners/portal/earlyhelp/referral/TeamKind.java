package org.nottspartners.portal.earlyhelp.referral;

/** The kinds of team a family can be passed to (002 §1a, §1b1, §2a10). */
public enum TeamKind {
    EARLY_HELP("Early help case management"),
    CHILDRENS_CENTRE("Children's Centre services"),
    NEET("NEET team");

    private final String label;

    TeamKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
