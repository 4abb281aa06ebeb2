package org.nottspartners.portal.troubledfamilies.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem.FieldError;

/**
 * Screening a family at assessment (RULES.md §7; 002 §13b, §13e-g): every member included, each with the criteria
 * that apply to them or "no issues"; the involvements of other services add the criteria they meet by themselves; a
 * family meeting the set's threshold (2 criteria in 2015, 3 needs under the 2022 framework) is flagged to the
 * performance team. Every criterion met is explained by who it applies to or which involvement meets it.
 */
public final class Screening {

    /** How an early help assessment's criterion is named among a set's involvements ({@code early-help:SCHOOL_ATTENDANCE}). */
    public static final String ASSESSMENT = "early-help:";

    private Screening() {
    }

    /**
     * What the practitioner recorded for one family member, and what other modules flagged them for
     * ({@code persistent-absence} from attendance's scan).
     */
    public record Member(UUID personId, String name, Set<String> criteria, boolean noIssues, Set<String> flags) {
        public Member {
            criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
            flags = flags == null ? Set.of() : Set.copyOf(flags);
        }

        public Member(UUID personId, String name, Set<String> criteria, boolean noIssues) {
            this(personId, name, criteria, noIssues, Set.of());
        }
    }

    /** The result, with each criterion met and why. */
    public record Result(Map<String, String> criteriaMet, boolean flagged, List<String> membersWithNoIssues, String inWords) {
    }

    /**
     * Screens from a module's assessment alone (002 §13b: "at the point of assessment"): the criteria it found, and the
     * index child's flags; the practitioner's screening of every member replaces it.
     */
    public static Result fromAssessment(CriteriaSet set, Member indexChild, Set<String> assessmentCriteria) {
        return fromAssessment(set, indexChild, assessmentCriteria, Set.of());
    }

    /** As {@link #fromAssessment(CriteriaSet, Member, Set)}, with the services the case is open to. */
    public static Result fromAssessment(CriteriaSet set, Member indexChild, Set<String> assessmentCriteria, Set<String> open) {
        Set<String> involvements = new java.util.HashSet<>(open);
        assessmentCriteria.forEach(c -> involvements.add(ASSESSMENT + c));
        return screen(set, List.of(new Member(indexChild.personId(), indexChild.name(), Set.of(), true, indexChild.flags())),
                involvements, false);
    }

    /**
     * @param involvements services the family's case is open to, by the codes the set names ({@code youth-justice},
     *                     {@code childrens-social-care}, {@code neet})
     * @throws InvalidInputException naming each member left out, unknown criteria, or a member with both criteria and "no issues"
     */
    public static Result screen(CriteriaSet set, List<Member> members, Set<String> involvements) {
        return screen(set, members, involvements, true);
    }

    private static Result screen(CriteriaSet set, List<Member> members, Set<String> involvements, boolean everyMember) {
        List<FieldError> problems = new ArrayList<>();
        if (members == null || members.isEmpty()) {
            problems.add(new FieldError("members", "Include every family member (002 §13b)"));
        }
        Map<String, Set<String>> whoMeets = new LinkedHashMap<>();
        set.criteria().forEach(c -> whoMeets.put(c.code(), new LinkedHashSet<>()));
        List<String> none = new ArrayList<>();
        for (int i = 0; members != null && i < members.size(); i++) {
            Member m = members.get(i);
            String at = "members[" + i + "]";
            if (m.criteria().isEmpty() && !m.noIssues()) {
                problems.add(new FieldError(at, "Say which criteria apply to " + m.name() + ", or that there are no issues for them"));
            } else if (!m.criteria().isEmpty() && m.noIssues()) {
                problems.add(new FieldError(at, m.name() + " has criteria and \"no issues\": choose one"));
            }
            for (String code : m.criteria()) {
                if (set.criterion(code).isEmpty()) {
                    problems.add(new FieldError(at + ".criteria", "'" + code + "' is not a criterion of " + set.name()));
                } else {
                    whoMeets.get(code).add(m.name());
                }
            }
            if (m.noIssues() && everyMember) {
                none.add(m.name());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> met = new LinkedHashMap<>();
        for (CriteriaSet.Criterion c : set.criteria()) {
            List<String> why = new ArrayList<>();
            if (!whoMeets.get(c.code()).isEmpty()) {
                why.add("recorded for " + String.join(", ", whoMeets.get(c.code())));
            }
            c.metByInvolvement().stream().filter(involvements::contains)
                    .forEach(inv -> why.add(inv.startsWith(ASSESSMENT) ? "early help's assessment found it"
                            : "the case is open to " + inv.replace('-', ' ') + ", which meets it by itself"));
            for (Member m : members) {
                c.metByInvolvement().stream().filter(m.flags()::contains).findFirst()
                        .ifPresent(flag -> why.add(m.name() + " is flagged for " + flag.replace("childrens-", "children's ").replace('-', ' ')
                                + " by another service's records"));
            }
            if (!why.isEmpty()) {
                met.put(c.code(), c.name() + ": " + String.join("; ", why));
            }
        }
        boolean flagged = met.size() >= set.threshold();
        String words = met.size() + " of the " + set.name() + "'s criteria met (" + set.threshold() + " or more flag the family): "
                + (flagged ? "flagged to the performance team" : "not flagged");
        return new Result(met, flagged, none, words);
    }
}
