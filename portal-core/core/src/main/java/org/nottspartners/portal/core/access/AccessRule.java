package org.nottspartners.portal.core.access;

import java.lang.reflect.Method;
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

    /**
     * Whether a member of the public may use the endpoint in any council: only when the rule names the public role
     * itself ({@code @AllowedFor("public-applicant")}), never through a kind of role or any-role rule.
     */
    default boolean namesPublicApplicant() {
        return this instanceof Roles roles && roles.names().contains(PortalRole.Names.PUBLIC_APPLICANT);
    }

    /** Whether the rule is about a council's roles (the address must name the council). */
    default boolean needsCouncil() {
        return true;
    }

    /** Callers holding one of the roles (by token name) or a role of one of the kinds. */
    record Roles(Set<String> names, Set<PortalRole.Kind> kinds) implements AccessRule {
        @Override
        public boolean allows(Set<PortalRole> rolesInCouncil) {
            return rolesInCouncil.stream().anyMatch(r -> names.contains(r.tokenName()) || r.kind() != null && kinds.contains(r.kind()));
        }
    }

    /** Callers whose roles allow an action on the family record. */
    record Action(FamilyRecordAccess action) implements AccessRule {
        @Override
        public boolean allows(Set<PortalRole> rolesInCouncil) {
            return action.allows(rolesInCouncil);
        }
    }

    /** Callers holding a role declared with the grant. */
    record Granted(PortalRole.Grant grant) implements AccessRule {
        @Override
        public boolean allows(Set<PortalRole> rolesInCouncil) {
            return PortalRole.anyHas(rolesInCouncil, grant);
        }
    }

    /** Callers with any role in the council (a member of the public's is none). */
    record AnyRole() implements AccessRule {
        @Override
        public boolean allows(Set<PortalRole> rolesInCouncil) {
            return rolesInCouncil.stream().anyMatch(r -> r.kind() != PortalRole.Kind.PUBLIC);
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
        Optional<AccessRule> onMethod = declaredOn(method);
        if (onMethod.isPresent()) {
            return onMethod;
        }
        Class<?> c = resourceClass;
        while (c != null && c != Object.class) {
            Optional<AccessRule> onClass = declaredOn(c);
            if (onClass.isPresent()) {
                return onClass;
            }
            c = c.getSuperclass(); // CDI proxies subclass the resource
        }
        return Optional.empty();
    }

    private static Optional<AccessRule> declaredOn(java.lang.reflect.AnnotatedElement e) {
        AllowedTo action = e.getAnnotation(AllowedTo.class);
        if (action != null) {
            return Optional.of(new Action(action.value()));
        }
        AllowedFor roles = e.getAnnotation(AllowedFor.class);
        if (roles != null) {
            return Optional.of(new Roles(Set.of(roles.value()), Set.of(roles.kinds())));
        }
        AllowedWithGrant grant = e.getAnnotation(AllowedWithGrant.class);
        if (grant != null) {
            return Optional.of(new Granted(grant.value()));
        }
        if (e.isAnnotationPresent(AllowedForAnyRole.class)) {
            return Optional.of(new AnyRole());
        }
        if (e.isAnnotationPresent(AllowedForSignedIn.class)) {
            return Optional.of(new SignedIn());
        }
        return Optional.empty();
    }
}
