package org.nottspartners.portal.core.calendar;

import java.util.Objects;

/**
 * A quality standard from a council's operating guidance (RULES.md §8; 002 §2a15, §3a9, §3b6,
 * §3d5, §3e3, §9d): what starts its clock, how long the work may take, what stops the clock and
 * who answers for it. For example "Screening of Early Help referral and feedback to referrer":
 * starts on receipt from the EHU, 5 working days, stops when the referral is screened and the
 * referrer told, Team Manager or equivalent (002 §3a9).
 *
 * @param id short stable identifier, for example {@code screening}
 * @param name the standard's name in the guidance's words
 * @param startsWhen the event that starts the clock
 * @param dueRule the timescale
 * @param stopsWhen the event that stops the clock
 * @param responsibleRole who answers for the standard, in the guidance's words
 * @param source where the standard is written down, for example {@code 002 §3a9}
 */
public record QualityStandard(String id, String name, String startsWhen, DueRule dueRule, String stopsWhen,
                              String responsibleRole, String source) {

    /** Checks that every part is present. */
    public QualityStandard {
        requireText(id, "an id");
        requireText(name, "a name");
        requireText(startsWhen, "the event that starts its clock");
        Objects.requireNonNull(dueRule, "Quality standard " + id + " needs a timescale");
        requireText(stopsWhen, "the event that stops its clock");
        requireText(responsibleRole, "a responsible role");
        requireText(source, "a source (where it is written down)");
    }

    /** The same standard with another timescale (a council changing the number). */
    public QualityStandard withDueRule(DueRule newRule) {
        return new QualityStandard(id, name, startsWhen, newRule, stopsWhen, responsibleRole, source);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A quality standard needs " + what);
        }
    }
}
