package org.nottspartners.portal.core.access;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * The access rule an endpoint declares, read from its method or else its class. An endpoint declaring
 * none has no rule, and is refused to everyone.
 */
public sealed interface AccessRule {

    /** Whether a caller with these roles in the council may use the endpoint. */
    boolean allows(Set<PortalRole> rolesInCouncil);

    /** Whether the rule is about a council's roles (the address must name the council). */
    boolean needsCouncil();

    /** Callers holding one of the roles. */
    record Roles(Set<PortalRole> roles) implements AccessRule {
        @Override
        public boolean allows(Set<PortalRole> rolesInCouncil) {
            return rolesInCouncil.stream().anyMatch(roles::contains);
        }

        @Override
        public boolean needsCouncil() {
            return true;
        }
    }

    /** Callers with any role in the council. */
    record AnyRole() implements AccessRule {
        @Override
        public boolean allows(Set<PortalRole> rolesInCouncil) {
            return !rolesInCouncil.isEmpty();
        }

        @Override
        public boolean needsCouncil() {
            return true;
        }
    }

    /** Anyone signed in. */
    record SignedIn() implements AccessRule {
        @Override
        public boolean allows(Set<PortalRole> rolesInCouncil) {
            return true;
        }

        @Override
        public boolean needsCouncil() {
            return false;
        }
    }

    /** The rule declared on the method, or else on its class; empty when none is declared. */
    static Optional<AccessRule> declaredOn(Method method, Class<?> resourceClass) {
        Optional<AccessRule> onMethod = declaredOn(method.getAnnotation(AllowedTo.class), method.getAnnotation(AllowedFor.class),
                method.isAnnotationPresent(AllowedForAnyRole.class), method.isAnnotationPresent(AllowedForSignedIn.class));
        if (onMethod.isPresent()) {
            return onMethod;
        }
        Class<?> c = resourceClass;
        while (c != null && c != Object.class) {
            Optional<AccessRule> onClass = declaredOn(c.getAnnotation(AllowedTo.class), c.getAnnotation(AllowedFor.class),
                    c.isAnnotationPresent(AllowedForAnyRole.class), c.isAnnotationPresent(AllowedForSignedIn.class));
            if (onClass.isPresent()) {
                return onClass;
            }
            c = c.getSuperclass(); // CDI proxies subclass the resource
        }
        return Optional.empty();
    }

    private static Optional<AccessRule> declaredOn(AllowedTo action, AllowedFor roles, boolean anyRole, boolean signedIn) {
        if (action != null) {
            return Optional.of(new Roles(action.value().roles()));
        }
        if (roles != null) {
            return Optional.of(new Roles(roles.value().length == 0 ? Set.of() : EnumSet.of(roles.value()[0], roles.value())));
        }
        if (anyRole) {
            return Optional.of(new AnyRole());
        }
        if (signedIn) {
            return Optional.of(new SignedIn());
        }
        return Optional.empty();
    }
}
