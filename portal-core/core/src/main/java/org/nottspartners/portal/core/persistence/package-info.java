/**
 * The database: Liquibase migrations of core and of every module, applied at start-up, and the
 * grants that let the application's own database role work.
 */
package org.nottspartners.portal.core.persistence;
