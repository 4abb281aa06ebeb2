/**
 * The portal's outgoing e-mail (licences to their holders, copies to parents): sent over SMTP with Jakarta Mail once the
 * change that caused it has committed, so that nobody is told of something that did not happen.
 */
package org.nottspartners.portal.core.mail;
