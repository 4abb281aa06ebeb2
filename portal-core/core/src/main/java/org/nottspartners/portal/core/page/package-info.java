/**
 * What every module's pages need from the core: running a step and turning the core's refusals into page
 * messages in the user's words (fields against their inputs, the rest in the error summary).
 */
package org.nottspartners.portal.core.page;
