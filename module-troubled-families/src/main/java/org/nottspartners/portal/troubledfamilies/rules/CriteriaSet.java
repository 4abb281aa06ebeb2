package org.nottspartners.portal.troubledfamilies.rules;

import java.util.List;
import java.util.Optional;

/**
 * A set of criteria a family is screened against (RULES.md §7): the 2015 programme's 6 headline criteria (002 §13a;
 * eligible with 2 or more) or the 2022-25 framework's 10 headline outcomes (a claim needs 3 or more needs). Each
 * criterion has its indicators and the evidence that shows it, and the involvements that meet it by themselves
 * (a case open to youth justice meets "crime", 002 §13f). Council data, in versions from a date.
 */
public record CriteriaSet(String code, String name, int threshold, List<Criterion> criteria) {

    public CriteriaSet {
        criteria = criteria == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(criteria));
    }

    /** One criterion (or headline outcome) and what shows it. */
    public record Criterion(String code, String name, List<String> indicators, List<String> evidence, List<String> metByInvolvement) {
        public Criterion {
            indicators = indicators == null ? List.of() : indicators.stream().filter(java.util.Objects::nonNull).toList();
            evidence = evidence == null ? List.of() : evidence.stream().filter(java.util.Objects::nonNull).toList();
            metByInvolvement = metByInvolvement == null ? List.of() : metByInvolvement.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
