/** Councils' configuration kept in memory between requests, dropped when it changes. */
package org.nottspartners.portal.core.cache;
