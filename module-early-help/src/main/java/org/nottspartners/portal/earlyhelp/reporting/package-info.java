/**
 * Early help's performance reporting (RULES.md §3 "City reporting", §8): CAFs initiated per 10,000 children and CAF
 * closures with needs met or escalated, in the CYPP Performance Report format (001 L882, L2086-2090).
 */
package org.nottspartners.portal.earlyhelp.reporting;
