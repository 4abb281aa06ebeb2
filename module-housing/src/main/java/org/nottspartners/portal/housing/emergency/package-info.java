/** The emergency process for a homeless 16 or 17 year old, on core's hour clocks (RULES.md §6; 002 §8a2). */
package org.nottspartners.portal.housing.emergency;
