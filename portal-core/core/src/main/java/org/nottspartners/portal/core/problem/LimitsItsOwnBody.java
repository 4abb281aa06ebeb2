package org.nottspartners.portal.core.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an endpoint that streams a large body (a register file) and refuses it past a limit of its own (a council
 * setting): the API's general 1 MiB limit on a request's body does not apply to it. Query values and the rest of the
 * API's input checks still do.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LimitsItsOwnBody {
}
