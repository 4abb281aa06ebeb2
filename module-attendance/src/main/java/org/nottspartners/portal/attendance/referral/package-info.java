/** Referral of a pupil for case management (County 002 §1b4; 000 §2.10), handed off through a core event. */
package org.nottspartners.portal.attendance.referral;
