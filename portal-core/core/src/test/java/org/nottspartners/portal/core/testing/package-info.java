/**
 * Test helpers shared with the modules through core's test-jar: a freshly migrated embedded
 * PostgreSQL, and the check of every entity mapping against the schema the migrations made.
 */
package org.nottspartners.portal.core.testing;
