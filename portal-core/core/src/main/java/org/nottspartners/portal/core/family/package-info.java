/**
 * Families (households) grouping people around an index child, and the relationships between people,
 * with parental responsibility and who counts as a parent in education law (s576 Education Act 1996).
 */
package org.nottspartners.portal.core.family;
