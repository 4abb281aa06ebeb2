/** Letters to families and referrers, from each council's templates, kept as PDF against the case (RULES.md §3). */
package org.nottspartners.portal.earlyhelp.letters;
