/**
 * The API's OpenAPI document, built from the resource classes' annotations: the core's resources and,
 * through the API's locator, every deployed module's resource.
 */
package org.nottspartners.portal.api.openapi;
