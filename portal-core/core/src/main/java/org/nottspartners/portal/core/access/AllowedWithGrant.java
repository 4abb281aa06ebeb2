package org.nottspartners.portal.core.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.nottspartners.portal.core.identity.PortalRole;

/** Allowed to callers holding, in the council named in the address, a role whose declaration gives this grant. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedWithGrant {
    PortalRole.Grant value();
}
