/**
 * Notifications of a child working or performing without a licence or permit, from staff or the public, and the
 * licensing officer's follow-up (RULES.md §5; County 002 §14d): request information, help to apply, inspect, refer to
 * the MASH, take legal action, close.
 */
package org.nottspartners.portal.licensing.notifications;
