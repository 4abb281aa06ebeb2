/** Licensing's own role, declared by its descriptor: the council's licensing officers. */
package org.nottspartners.portal.licensing.roles;
