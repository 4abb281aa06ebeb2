/**
 * Letters, offered once for every module: each module declares its kinds of letter ({@link LetterDefinition}) and
 * ships their wording ({@code <module>/letters/<kind>.txt}, or {@code <module>/letters/<council>/<kind>.txt} where a
 * council's shipped wording differs); a council's administrators may write their own wording (checked, with a
 * version, audited, and reset to the shipped wording); letters are laid out as tagged PDF with OpenPDF.
 */
package org.nottspartners.portal.core.letters;
