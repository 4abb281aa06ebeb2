/**
 * Events modules publish and observe through the core (CDI), so that modules never depend on each other:
 * early help closing a case, for example, lets the family programme module react.
 */
package org.nottspartners.portal.core.event;
