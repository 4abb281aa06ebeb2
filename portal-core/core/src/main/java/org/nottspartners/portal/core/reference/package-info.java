/** References people can read and say on the phone: a per-council, per-year sequence for each kind of record. */
package org.nottspartners.portal.core.reference;
