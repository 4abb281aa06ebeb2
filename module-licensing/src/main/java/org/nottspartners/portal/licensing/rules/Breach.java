package org.nottspartners.portal.licensing.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One rule a plan of work or performance breaks, in words an applicant understands.
 *
 * @param rule   a short stable name ({@code latest-finish}, {@code term-week-hours}) for the API and tests
 * @param day    the day it happens on (for a week, its Monday); {@code null} for the plan as a whole
 * @param words  what is wrong and what is allowed, in plain words
 * @param source where the rule comes from
 */
public record Breach(String rule, LocalDate day, String words, String source) {

    public Breach {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(source, "source");
    }
}
