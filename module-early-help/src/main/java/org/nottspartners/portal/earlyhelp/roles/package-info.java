/** Early help's own roles, declared by its descriptor; a leaf package every other package of the module may use. */
package org.nottspartners.portal.earlyhelp.roles;
