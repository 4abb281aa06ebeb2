/**
 * 16/17 housing's rules in plain Java (RULES.md §6): the emergency hour clocks' standards, the Southwark rule, places
 * unsuitable for children, the A1 scoring scheme with its explanations and changes, and the waiting list's order.
 */
package org.nottspartners.portal.housing.rules;
