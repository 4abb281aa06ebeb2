package org.nottspartners.portal.core.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * Allowed to callers holding, in the council named in the address, at least one of these roles (by token name,
 * {@code case-worker}: each a role core or a deployed module declares, which the role matrix tests check) or a role
 * of one of these kinds (RULES.md §2's groups: {@code kinds = Kind.PARTNER} is every partner agency's role).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedFor {
    String[] value() default {};

    PortalRole.Kind[] kinds() default {};
}
