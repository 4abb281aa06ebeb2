/** Reports of attendance for the council's board (City 004): pupils by attendance band, ward, phase and term. */
package org.nottspartners.portal.attendance.reporting;
