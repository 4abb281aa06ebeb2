package org.nottspartners.portal.core.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allowed to callers whose roles in the council named in the address allow this action on the family
 * record ({@link FamilyRecordAccess}): the same declaration the pages are opened by.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedTo {
    FamilyRecordAccess value();
}
