/**
 * People known to a council: the record every service area works on, found before it is created, with
 * their addresses over time ({@link org.nottspartners.portal.core.person.AddressBook}); the current
 * address's postcode is the person's postcode, the key the search matches on.
 */
package org.nottspartners.portal.core.person;
