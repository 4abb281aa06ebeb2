/**
 * The council the current thread works in, and how it is handed to a database connection: the one
 * piece of state that tenancy, persistence and audit all read.
 */
package org.nottspartners.portal.core.scope;
