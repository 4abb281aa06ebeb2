/**
 * The audit trail: an append-only event for every read and change of a council's records (who, which
 * council, when, what, which record, why), written by the core whatever path the read or change took.
 */
package org.nottspartners.portal.core.audit;
