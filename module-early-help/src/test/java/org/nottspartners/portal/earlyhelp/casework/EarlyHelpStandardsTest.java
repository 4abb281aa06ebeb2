package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.QualityStandard;

/**
 * Issue 13, item 10: one list of standards. The running portal registers {@link EarlyHelpStandards#ALL}, read from
 * {@code early-help/quality-standards.csv}; every test reads the same list, and every constant names one of its rows.
 */
class EarlyHelpStandardsTest {

    @Test
    @DisplayName("Every standard the code names is a row of the shipped table, and every row is named")
    void oneListNamedByTheCode() throws IllegalAccessException {
        Set<String> named = new java.util.TreeSet<>();
        for (Field f : EarlyHelpStandards.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && Modifier.isPublic(f.getModifiers())) {
                named.add((String) f.get(null));
            }
        }
        Set<String> rows = EarlyHelpStandards.ALL.stream().map(QualityStandard::id).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(rows).isEqualTo(named).hasSize(EarlyHelpStandards.ALL.size());
    }

    @Test
    @DisplayName("002 §3b6, §3b5, §2a15: the rows the running portal once lacked are there (40 working days, 16 weeks, 24 hours)")
    void theRowsTheIssueFoundMissing() {
        assertThat(EarlyHelpStandards.ALL).filteredOn(s -> Arrays.asList(EarlyHelpStandards.PLAN_AGREED,
                        EarlyHelpStandards.FORMAL_REVIEW, EarlyHelpStandards.RAW_MISSING).contains(s.id()))
                .extracting(s -> s.id() + " " + s.dueRule().inWords() + " " + s.source())
                .containsExactlyInAnyOrder("eh-raw-missing 24 hours 002 §2a15, §3a7", "eh-plan-agreed 40 working days 002 §3b6",
                        "eh-formal-review 16 weeks 002 §3b5, §3b6");
    }
}
