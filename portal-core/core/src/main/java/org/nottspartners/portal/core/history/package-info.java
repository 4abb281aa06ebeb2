/**
 * The history of the records modules keep (a case, an application): who took each step, when, and what
 * happened, kept by core for every module.
 */
package org.nottspartners.portal.core.history;
