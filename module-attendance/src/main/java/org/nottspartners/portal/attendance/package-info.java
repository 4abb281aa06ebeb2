/**
 * School Attendance: register data, persistent absence, penalty notices and the enforcement pathway.
 */
package org.nottspartners.portal.attendance;
