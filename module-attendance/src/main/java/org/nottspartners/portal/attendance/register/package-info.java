/** School registers: the national register codes and what each counts as (RULES.md §4; SI 2024/208 reg 10). */
package org.nottspartners.portal.attendance.register;
