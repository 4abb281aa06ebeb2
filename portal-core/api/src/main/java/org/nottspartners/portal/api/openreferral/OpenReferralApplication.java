package org.nottspartners.portal.api.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.nottspartners.portal.api.ParamExceptionMapper;
import org.nottspartners.portal.core.problem.DomainExceptionMappers;
import org.nottspartners.portal.core.problem.UnexpectedExceptionMapper;
import org.nottspartners.portal.core.problem.WebApplicationExceptionMapper;

/**
 * The open data API: the councils' services directories to the Open Referral UK standard, without sign-in. It lists
 * its classes, so it has none of the signed-in API's resources or filters; it only reads.
 */
@ApplicationScoped
@ApplicationPath("/open")
public class OpenReferralApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(OpenReferralResource.class, ParamExceptionMapper.class,
                WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class));
        classes.addAll(DomainExceptionMappers.all());
        return classes;
    }
}
