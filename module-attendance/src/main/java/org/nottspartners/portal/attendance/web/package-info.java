/** The attendance service's pages: a school's register upload, an officer's pupil page and worklist, the family record's section. */
package org.nottspartners.portal.attendance.web;
