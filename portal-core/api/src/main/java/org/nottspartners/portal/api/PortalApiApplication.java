package org.nottspartners.portal.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.nottspartners.portal.core.problem.DomainExceptionMappers;
import org.nottspartners.portal.core.problem.UnexpectedExceptionMapper;
import org.nottspartners.portal.core.problem.WebApplicationExceptionMapper;

/**
 * The REST API. Every call carries a bearer token from Keycloak, checked by MicroProfile JWT. The
 * classes are listed so that the core's problem mappers (from the EAR's library) are registered;
 * modules are reached through {@link TenantResource}'s locator.
 */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"portal-user"})
@OpenAPIDefinition(info = @Info(title = "Nottingham and Nottinghamshire children's services partner portal",
        version = "0.1", description = "Every path under /{tenant} works in one council: city or county."))
public class PortalApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(
                CallerFilter.class,
                InputGuard.class,
                ParamExceptionMapper.class,
                AccessFilter.class,
                AuditFlushFilter.class,
                MeResource.class,
                TenantResource.class,
                PersonResource.class,
                FamilyResource.class,
                AdminResource.class,
                CalendarAdminResource.class,
                WardAdminResource.class,
                MergeAdminResource.class,
                ClockResource.class,
                DirectoryResource.class,
                WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class));
        classes.addAll(DomainExceptionMappers.all());
        return classes;
    }
}
