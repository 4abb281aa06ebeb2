package org.nottspartners.portal.earlyhelp.referral;

/**
 * Concerns that must go to children's social care at once, not to early help (001 L1162, L1226-1238:
 * the CAF "is not to be used for children in need where there are significant or immediate child
 * protection concerns"). Where an indicator depends on the child's age, {@link #appliesAt} says when.
 */
public enum SocialCareIndicator {
    IMMEDIATE_RISK_OR_HARM("The child is at immediate risk or has suffered significant harm (physical, sexual, emotional harm or neglect)"),
    UNEXPLAINED_INJURY("Unexplained injuries, or injuries with an inconsistent explanation"),
    UNDER_TWO_UNEXPLAINED_BRUISING("A child under two with unexplained bruising"),
    UNDER_ONE_PARENT_SUBSTANCE_USE("A child under one whose parents or carers have significant substance use issues"),
    UNBORN_SERIOUS_RISK("Serious concerns about the risk of significant harm to an unborn baby"),
    CONTACT_WITH_ADULT_POSING_RISK("The child lives with or has contact with adults known to pose a risk to children"),
    REPEATED_DOMESTIC_VIOLENCE("Repeated domestic violence witnessed or experienced by the child, with adult mental health or substance use issues"),
    ABUSE_ALLEGATION_OR_GROOMING("Allegations or disclosures of abuse, including sexual abuse, or evidence of grooming"),
    HOME_ALONE_FIVE_OR_UNDER("A child aged 5 or under left home alone"),
    TRAFFICKING("The child is a victim of trafficking");

    private final String words;

    SocialCareIndicator(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /**
     * Whether the indicator, as ticked by the referrer, applies to a child of this age. Age-bound
     * indicators apply only within their age: bruising under 2, substance use under 1, home alone at 5 or
     * under, unborn risk before birth (001 L1230-1236). When the child's age is not known, every age-bound
     * indicator applies: the portal cannot rule the concern out, so the referrer must call the front door
     * now rather than send the family to early help.
     */
    public boolean appliesAt(ChildAge age) {
        if (age.isUnknown()) {
            return true;
        }
        return switch (this) {
            case UNDER_TWO_UNEXPLAINED_BRUISING -> !age.isUnborn() && age.years() < 2;
            case UNDER_ONE_PARENT_SUBSTANCE_USE -> age.isUnborn() || age.years() < 1;
            case HOME_ALONE_FIVE_OR_UNDER -> !age.isUnborn() && age.years() <= 5;
            case UNBORN_SERIOUS_RISK -> age.isUnborn();
            default -> true;
        };
    }
}
