/**
 * Supporting Families: criteria screening of families and payment-by-results claims.
 */
package org.nottspartners.portal.troubledfamilies;
