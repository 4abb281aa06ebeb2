/**
 * What the officer asks others before deciding (RULES.md §5; 002 §14a): the school's view, asked of a school user and
 * answered in the portal; and the unannounced inspections of venues the officer records.
 */
package org.nottspartners.portal.licensing.consultation;
