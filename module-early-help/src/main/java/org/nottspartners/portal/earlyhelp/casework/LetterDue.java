package org.nottspartners.portal.earlyhelp.casework;

/** A step of a case calls for a letter; the letters part of the module writes it in the same transaction. */
public record LetterDue(EarlyHelpCase earlyHelpCase, LetterKind kind) {
}
