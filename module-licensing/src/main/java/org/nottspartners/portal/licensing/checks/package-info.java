/** The rule check a member of the public or an officer asks for: a plan read from a form, checked in the council. */
package org.nottspartners.portal.licensing.checks;
