/** Supporting Families' rules in plain Java (RULES.md §7): criteria sets, screening, and claim eligibility in words. */
package org.nottspartners.portal.troubledfamilies.rules;
