/** The roles the attendance module declares (issue 12: each module declares its own). */
package org.nottspartners.portal.attendance.roles;
