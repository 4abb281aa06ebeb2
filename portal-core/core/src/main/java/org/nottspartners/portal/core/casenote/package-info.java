/**
 * Case notes (RULES.md §2, 002 §9): their types and structure, the author and the dates of the event and
 * of recording, the 24-hour edit window after which only a visible amendment is possible, and the flag
 * for notes recorded late.
 */
package org.nottspartners.portal.core.casenote;
