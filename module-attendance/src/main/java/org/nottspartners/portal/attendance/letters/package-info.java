/**
 * The attendance service's letters to parents (penalty notices, the enforcement pathway's notices and letters, parenting
 * order warnings), written from the council's own wording through core's letter kit and kept as sent.
 */
package org.nottspartners.portal.attendance.letters;
