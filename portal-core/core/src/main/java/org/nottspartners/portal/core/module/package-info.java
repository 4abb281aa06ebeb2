/**
 * The module interface: what a service area tells the core about itself, and the registry that
 * discovers every service area deployed in the portal.
 */
package org.nottspartners.portal.core.module;
