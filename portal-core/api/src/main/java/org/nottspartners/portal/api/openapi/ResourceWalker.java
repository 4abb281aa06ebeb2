package org.nottspartners.portal.api.openapi;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint of a JAX-RS resource class, read from its annotations, with its full path. A
 * sub-resource locator (a method with a path and no HTTP method) is followed to the classes the caller
 * says it leads to: the API's own locator returns whichever module's resource the address names, which
 * no annotation can tell.
 */
final class ResourceWalker {

    /** Where a sub-resource locator leads: the class answering, the values its path variables take, its tag. */
    record Target(Class<?> resource, Map<String, String> pathValues, String tag) {
    }

    /**
     * One HTTP method on one path.
     *
     * @param inherited the locators' parameters that the path still names (the council, for a module)
     */
    record Endpoint(String httpMethod, String path, Method method, Class<?> resource, String tag, List<Parameter> inherited) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*([A-Za-z0-9_.-]+)\\s*(:[^}]*)?}");

    private final Function<Method, List<Target>> locators;

    /**
     * @param locators for each sub-resource locator met, where it leads; when it says nothing, a locator that
     *                 returns a concrete class leads there, and one that returns {@code Object} is left out
     */
    ResourceWalker(Function<Method, List<Target>> locators) {
        this.locators = locators;
    }

    /** The endpoints of a resource class reached at {@code prefix}, sorted by path and method. */
    List<Endpoint> endpoints(Class<?> resource, String prefix, String tag) {
        List<Endpoint> found = new ArrayList<>();
        walk(resource, prefix, tag, List.of(), found, 0);
        found.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return found;
    }

    private void walk(Class<?> resource, String prefix, String tag, List<Parameter> inherited, List<Endpoint> into, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("Sub-resource locators lead round in a circle at " + prefix);
        }
        Method[] methods = resource.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toString));
        for (Method m : methods) {
            if (m.isBridge() || m.isSynthetic()) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String path = sub == null ? prefix : join(prefix, sub.value());
            Optional<String> http = httpMethod(m);
            if (http.isPresent()) {
                into.add(new Endpoint(http.get(), path, m, resource, tag, stillNamed(inherited, path)));
            } else if (sub != null) {
                List<Target> targets = locators.apply(m);
                if (targets.isEmpty() && m.getReturnType() != Object.class && !m.getReturnType().isInterface()
                        && !m.getReturnType().isPrimitive()) {
                    targets = List.of(new Target(m.getReturnType(), Map.of(), tag)); // a locator that names its class
                }
                for (Target target : targets) {
                    String followed = path;
                    for (Map.Entry<String, String> value : target.pathValues().entrySet()) {
                        followed = followed.replace("{" + value.getKey() + "}", value.getValue());
                    }
                    List<Parameter> carried = new ArrayList<>(inherited);
                    carried.addAll(List.of(m.getParameters()));
                    walk(target.resource(), followed, target.tag(), stillNamed(carried, followed), into, depth + 1);
                }
            }
        }
    }

    /** The locators' path parameters whose variable is still in the path (not replaced by a fixed value). */
    private static List<Parameter> stillNamed(List<Parameter> parameters, String path) {
        List<String> variables = variables(path);
        return parameters.stream().filter(p -> {
            jakarta.ws.rs.PathParam pp = p.getAnnotation(jakarta.ws.rs.PathParam.class);
            return pp == null || variables.contains(pp.value());
        }).toList();
    }

    /** The HTTP method an annotation on the method names (GET, POST...), if any. */
    static Optional<String> httpMethod(Method m) {
        return Arrays.stream(m.getAnnotations()).map(Annotation::annotationType)
                .filter(a -> a.isAnnotationPresent(HttpMethod.class))
                .map(a -> a.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }

    /** The names of a path template's variables, in order. */
    static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Two path parts as one, with one slash between and none at the end; a variable's pattern is dropped. */
    static String join(String prefix, String part) {
        String joined = ("/" + prefix + "/" + part).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return VARIABLE.matcher(joined).replaceAll("{$1}");
    }
}
