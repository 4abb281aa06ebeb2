package org.nottspartners.portal.earlyhelp.casework;

import java.time.LocalDate;

/**
 * A step of a case calls for a letter, written in the step's transaction.
 *
 * @param dated the date the letter is sent as recorded (the final letter's recorded date of sending, so that its
 *              date and its deadline hold: issue 22), or null for today
 */
public record LetterDue(EarlyHelpCase earlyHelpCase, LetterKind kind, LocalDate dated) {

    /** A letter sent today. */
    public LetterDue(EarlyHelpCase earlyHelpCase, LetterKind kind) {
        this(earlyHelpCase, kind, null);
    }
}
