/**
 * Applications for licences and permits: made online by a member of the public (saved as they go, sent when complete),
 * seen only by the applicant and the council's licensing officers, checked against the rules, timed and decided.
 */
package org.nottspartners.portal.licensing.applications;
