package org.nottspartners.portal.earlyhelp.casework;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;

/**
 * A family meeting two or more of the family programme criteria needs a target in its Family Action Plan for
 * each criterion it meets (RULES.md §3 "Assessment, plan, review", §7; 002 §3b4: "the plan must include an action
 * and outcome target against each of the separate criteria which the family meet"; §13a: eligible at 2 or more).
 *
 * <p>What the case records of the criteria the family meets:
 * <ul>
 * <li>the criteria the assessment found the family meets (002 §13b, recorded with the assessment);</li>
 * <li>each criterion a target of the plan is linked to ({@link PlanTarget}: "linked to a family programme
 * criterion where one is met");</li>
 * <li>what the referral itself shows: a referral for school attendance below 90% with unauthorised absence
 * (002 §1b4) shows "children who have not been attending school regularly" (§13a); a step-down from social
 * care shows "children who need help" (§13g: every case open to Children's Social Care meets it); a 16 or 17
 * year old not in education, employment or training shows worklessness (§13e); a youth justice order shows
 * crime and anti-social behaviour (§13f);</li>
 * <li>a referral that went ahead without consent because the family meets the criteria (002 §2b3) shows that
 * they meet two or more, without saying which: the plan then needs targets linked to at least two.</li>
 * </ul>
 */
public final class PlanCriteriaRule {

    /** A family meeting this many criteria or more is a family programme family (002 §13a). */
    public static final int PROGRAMME_FAMILY_FROM = 2;

    private PlanCriteriaRule() {
    }

    /** The criteria the referral shows the family meets, each with the reason in a case worker's words. */
    public static Map<ProgrammeCriterion, String> shownByReferral(ReferralRoute route, ConsentException exception) {
        Map<ProgrammeCriterion, String> shown = new EnumMap<>(ProgrammeCriterion.class);
        if (route == ReferralRoute.ATTENDANCE || exception == ConsentException.PERSISTENT_ABSENCE) {
            shown.put(ProgrammeCriterion.SCHOOL_ATTENDANCE, "the referral was for school attendance below 90%");
        }
        if (route == ReferralRoute.STEP_DOWN) {
            shown.put(ProgrammeCriterion.CHILDREN_NEED_HELP, "the family was stepped down from children's social care");
        }
        if (route == ReferralRoute.NEET) {
            shown.put(ProgrammeCriterion.WORKLESSNESS, "the referral was for a young person not in education, employment or training");
        }
        if (exception == ConsentException.YOUTH_JUSTICE_ORDER) {
            shown.put(ProgrammeCriterion.CRIME_ASB, "the referral was made under a youth justice order");
        }
        return shown;
    }

    /**
     * The criteria met that no target addresses, in the order of 002 §13a; none when fewer than two are met.
     *
     * @param met      the criteria the family meets
     * @param targeted the criteria the plan's targets are linked to (a target need not be linked to one: null)
     */
    public static List<ProgrammeCriterion> missingTargets(Collection<ProgrammeCriterion> met, Collection<ProgrammeCriterion> targeted) {
        List<ProgrammeCriterion> all = met.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (all.size() < PROGRAMME_FAMILY_FROM) {
            return List.of();
        }
        return all.stream().filter(c -> !targeted.contains(c)).toList();
    }

    /**
     * Why the plan cannot yet be agreed, in a case worker's words; empty when it can.
     *
     * @param targeted the criteria the plan's targets are linked to, one per target (null where a target is linked to none)
     */
    public static Optional<String> refusal(ReferralRoute route, ConsentException exception, Collection<ProgrammeCriterion> targeted) {
        return refusal(route, exception, java.util.Set.of(), targeted);
    }

    /**
     * Why the plan cannot yet be agreed, in a case worker's words; empty when it can.
     *
     * @param assessed the criteria the assessment found the family meets (002 §13b)
     * @param targeted the criteria the plan's targets are linked to, one per target (null where a target is linked to none)
     */
    public static Optional<String> refusal(ReferralRoute route, ConsentException exception, Collection<ProgrammeCriterion> assessed,
            Collection<ProgrammeCriterion> targeted) {
        Map<ProgrammeCriterion, String> shown = shownByReferral(route, exception);
        assessed.forEach(c -> shown.putIfAbsent(c, "the assessment found it"));
        List<ProgrammeCriterion> linked = targeted.stream().filter(Objects::nonNull).distinct().sorted().toList();
        Map<ProgrammeCriterion, String> met = new EnumMap<>(ProgrammeCriterion.class);
        linked.forEach(c -> met.put(c, "a target of the plan is linked to it"));
        met.putAll(shown);
        List<ProgrammeCriterion> missing = missingTargets(met.keySet(), linked);
        if (!missing.isEmpty()) {
            return Optional.of("The family meets " + met.size() + " of the family programme criteria, so the Family Action Plan"
                    + " needs a target for each of them (002 §3b4). Add a target linked to: "
                    + missing.stream().map(c -> c.label() + " (" + met.get(c) + ")").collect(Collectors.joining("; ")) + ".");
        }
        if (exception == ConsentException.TROUBLED_FAMILIES_CRITERIA && met.size() < PROGRAMME_FAMILY_FROM) {
            return Optional.of("The referral went ahead without consent because the family meets two or more of the family"
                    + " programme criteria, so the Family Action Plan needs a target for each criterion they meet (002 §2b3,"
                    + " §3b4). Link a target to each of those criteria: at least two. "
                    + (linked.isEmpty() ? "No target is linked to a criterion yet."
                            : "Targets are linked so far to: " + linked.stream().map(ProgrammeCriterion::label)
                                    .collect(Collectors.joining("; ")) + "."));
        }
        return Optional.empty();
    }
}
