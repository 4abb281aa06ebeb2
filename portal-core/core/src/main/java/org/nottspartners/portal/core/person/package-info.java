/**
 * People known to a council: the record every service area works on, found before it is created.
 */
package org.nottspartners.portal.core.person;
