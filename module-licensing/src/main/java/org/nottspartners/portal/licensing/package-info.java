/**
 * Child Licensing: child performance licences, chaperone licences and child employment permits.
 */
package org.nottspartners.portal.licensing;
