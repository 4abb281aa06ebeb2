/**
 * The councils sharing the installation, held as data, and which modules each has switched on.
 */
package org.nottspartners.portal.core.tenancy;
