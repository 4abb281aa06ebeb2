/**
 * The REST API's edge: the JAX-RS application, bearer-token authentication (MicroProfile JWT), the
 * filter that turns the token into the core's caller, and core's own resources.
 */
package org.nottspartners.portal.api;
