/**
 * Consent as a record of its own, and information-sharing decisions: sharing without consent needs a
 * recorded lawful basis and reasons; a decision not to share is recorded with reasons (RULES.md §2).
 */
package org.nottspartners.portal.core.consent;
