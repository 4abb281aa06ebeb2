/**
 * Time, injected: the portal's one {@link java.time.Clock} and the council's "today" and "now" read from it,
 * so every rule that depends on the date can be tested at a fixed moment. No other class calls
 * {@code now()} (the architecture test checks it).
 */
package org.nottspartners.portal.core.time;
