/** Connections to the database beside the application's pool: the schema owner's, for migration, announcements and sealing. */
package org.nottspartners.portal.core.database;
