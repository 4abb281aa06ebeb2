/**
 * Council settings as typed definitions: each module (and the core) declares the settings it reads, with
 * their type, default, meaning and the rule they come from. The settings store refuses a value of the wrong
 * type, the administrator's list shows the meaning beside each value, and each module's README table is
 * generated from the same definitions.
 */
package org.nottspartners.portal.core.settings;
