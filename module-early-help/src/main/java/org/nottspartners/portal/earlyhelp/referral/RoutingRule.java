package org.nottspartners.portal.earlyhelp.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Which kind of team a family goes to, by the age of the index child or of the majority of children
 * (RULES.md §2 "Index child", §3; 002 §1b1, §3a5): under 5, including unborn, to Children's Centre
 * services; 5 to 17 to early help case management; a 16 or 17 year old whose need is education,
 * employment or training to the NEET team (002 §2a10, §4e). The majority decides when the children
 * disagree; a tie follows the index child.
 *
 * <p>A family stepped down from social care goes to early help case management whatever the children's ages
 * (RULES.md §3 first bullet: "or stepped down from a child protection plan"; 002 §1b1: "To the Locality EHCM
 * Teams where there has been a Step down from a Child Protection Plan"; 002 §3a5: "or where index child is
 * under 5 and the family is being stepped down from Children's Social Care"). The referral records this as its
 * route, {@link ReferralRoute#STEP_DOWN}: social care steps a family down at the close of its assessment or
 * child protection work (002 §2a4).
 */
public final class RoutingRule {

    /** Children of these ages go to Children's Centre services. */
    public static final int CHILDRENS_CENTRE_UNDER = 5;

    private RoutingRule() {
    }

    /** A child of the family: born on a date, or expected (unborn). */
    public record Child(LocalDate dateOfBirth, boolean unborn) {
        int ageOn(LocalDate day) {
            return unborn || dateOfBirth == null ? -1 : Period.between(dateOfBirth, day).getYears();
        }
    }

    /**
     * Where a referral goes: a step-down from social care to early help case management, whatever the ages;
     * any other route by {@link #route(Child, List, boolean, LocalDate) the children's ages}.
     *
     * @param referralRoute how the family came to early help
     */
    public static TeamKind route(ReferralRoute referralRoute, Child indexChild, List<Child> children, boolean neetNeed,
            LocalDate today) {
        Objects.requireNonNull(indexChild, "Say who the index child is");
        if (referralRoute == ReferralRoute.STEP_DOWN) {
            return TeamKind.EARLY_HELP;
        }
        return route(indexChild, children, neetNeed, today);
    }

    /**
     * Where a family goes by the ages of its children alone.
     *
     * @param indexChild the child the referral is about
     * @param children   every child of the family, the index child included
     * @param neetNeed   whether the presenting need is education, employment or training
     */
    public static TeamKind route(Child indexChild, List<Child> children, boolean neetNeed, LocalDate today) {
        Objects.requireNonNull(indexChild, "Say who the index child is");
        int indexAge = indexChild.ageOn(today);
        if (neetNeed && (indexAge == 16 || indexAge == 17)) {
            return TeamKind.NEET;
        }
        long underFive = children.stream().filter(c -> c.ageOn(today) < CHILDRENS_CENTRE_UNDER).count();
        long older = children.size() - underFive;
        if (underFive == older) {
            return indexAge < CHILDRENS_CENTRE_UNDER ? TeamKind.CHILDRENS_CENTRE : TeamKind.EARLY_HELP;
        }
        return underFive > older ? TeamKind.CHILDRENS_CENTRE : TeamKind.EARLY_HELP;
    }
}
