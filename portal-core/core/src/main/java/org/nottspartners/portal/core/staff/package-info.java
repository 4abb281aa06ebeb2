/**
 * Staff as the identity provider knows them: who holds a role in a council, by name, so that work is given to
 * people who exist and lists and letters name them.
 */
package org.nottspartners.portal.core.staff;
