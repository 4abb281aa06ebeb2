/**
 * Merging two records of the same person, and undoing it: every reference re-pointed, the loser kept as
 * a tombstone, all of it audited (RULES.md §2: "merge with an audit trail").
 */
package org.nottspartners.portal.core.merge;
