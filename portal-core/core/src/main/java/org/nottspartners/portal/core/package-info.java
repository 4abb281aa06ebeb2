/**
 * Portal core: what every service area builds on (module interface, identity, tenancy, persistence).
 */
package org.nottspartners.portal.core;
