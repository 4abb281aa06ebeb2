/**
 * What the core does when the application starts: migrating the database, core's changelog first and
 * then each installed module's in dependency order.
 */
package org.nottspartners.portal.core.startup;
