/**
 * What every part of 16/17 housing shares: its roles, who the caller is to it, the forms and views of its API, form
 * checking, the young people (core's persons) and the JSON kept in its records.
 */
package org.nottspartners.portal.housing.kit;
