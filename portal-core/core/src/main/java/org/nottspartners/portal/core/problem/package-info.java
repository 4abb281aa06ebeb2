/**
 * Errors of the REST API as RFC 9457 problem details in plain words: never a stack trace, never an
 * HTML error page.
 */
package org.nottspartners.portal.core.problem;
