/**
 * Licensing's pages: the public's application in GOV.UK Design System patterns (a task list, a page per task, check
 * your answers, an error summary linked to each field, save and come back later), and the officer's queue and decision
 * in PrimeFaces.
 */
package org.nottspartners.portal.licensing.web;
