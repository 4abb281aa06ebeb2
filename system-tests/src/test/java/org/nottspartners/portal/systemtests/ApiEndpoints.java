package org.nottspartners.portal.systemtests;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nottspartners.portal.api.PortalApiApplication;
import org.nottspartners.portal.core.access.AccessRule;
import org.nottspartners.portal.core.module.PortalModule;

/**
 * Every endpoint of the REST API, found by reflection: the resources the API application registers and
 * each deployed module's resource behind {@code /{tenant}/{module-id}}. A new endpoint cannot be forgotten
 * by the suites that use this.
 */
final class ApiEndpoints {

    /** One HTTP method on one path template. */
    record Endpoint(String httpMethod, String path, Method method, Class<?> resource) {

        Optional<AccessRule> rule() {
            return AccessRule.declaredOn(method, resource);
        }

        List<String> queryParameters() {
            return Arrays.stream(method.getParameters()).map(p -> p.getAnnotation(QueryParam.class))
                    .filter(q -> q != null).map(QueryParam::value).toList();
        }

        /** The type of the request body, if the method takes one. */
        Optional<Class<?>> bodyType() {
            return Arrays.stream(method.getParameters()).filter(ApiEndpoints::isEntity).map(Parameter::getType)
                    .findFirst().map(t -> (Class<?>) t);
        }

        @Override
        public String toString() {
            return httpMethod + " " + path;
        }
    }

    private ApiEndpoints() {
    }

    static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> c : new PortalApiApplication().getClasses()) {
            Path path = c.getAnnotation(Path.class);
            if (path != null) {
                collect(c, "/" + path.value(), endpoints);
            }
        }
        for (PortalModule module : PortalClasses.moduleDescriptors()) {
            module.apiResource().ifPresent(r -> collect(r, "/{tenant}/" + module.id(), endpoints));
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static void collect(Class<?> resource, String prefix, List<Endpoint> into) {
        for (Method m : resource.getMethods()) {
            Optional<String> http = Arrays.stream(m.getAnnotations())
                    .map(Annotation::annotationType)
                    .filter(a -> a.isAnnotationPresent(HttpMethod.class))
                    .map(a -> a.getAnnotation(HttpMethod.class).value())
                    .findFirst();
            if (http.isPresent()) {
                Path sub = m.getAnnotation(Path.class);
                into.add(new Endpoint(http.get(), sub == null ? prefix : prefix + "/" + sub.value(), m, resource));
            }
        }
    }

    private static boolean isEntity(Parameter p) {
        return Arrays.stream(p.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs")
                || a.annotationType().getPackageName().equals("jakarta.ws.rs.core"));
    }
}
