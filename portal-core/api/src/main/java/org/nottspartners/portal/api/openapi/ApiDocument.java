package org.nottspartners.portal.api.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.nottspartners.portal.core.access.AccessRule;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.access.AllowedTo;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.problem.ProblemResponses;

/**
 * The OpenAPI document of a JAX-RS application, built from the annotations of its resource classes and
 * of the classes its sub-resource locators lead to. Each operation has its path and query parameters,
 * its request body, its answer, the problems it can answer with ({@code application/problem+json}) and
 * who may call it: the access rule ({@code @AllowedFor}, {@code @AllowedTo}...) as the extensions
 * {@code x-access} and {@code x-roles} and in its description.
 *
 * <p>Nothing here names a module: the caller says where each locator leads.
 */
public final class ApiDocument {

    /** The security scheme every operation names: a bearer token from the portal's identity provider. */
    public static final String BEARER = "bearer";

    private static final List<Integer> PROBLEMS = List.of(400, 401, 403, 404, 409, 500);

    private final Schemas schemas = new Schemas();
    private final ResourceWalker walker;

    private ApiDocument(Function<Method, List<ResourceWalker.Target>> locators) {
        this.walker = new ResourceWalker(locators);
    }

    /**
     * The document of an application.
     *
     * @param app      the application: its {@code @ApplicationPath}, {@code @OpenAPIDefinition} and classes
     * @param locators where each sub-resource locator leads
     */
    static OpenAPI of(Application app, Function<Method, List<ResourceWalker.Target>> locators) {
        return new ApiDocument(locators).build(app);
    }

    private OpenAPI build(Application app) {
        ApplicationPath appPath = app.getClass().getAnnotation(ApplicationPath.class);
        String root = appPath == null ? "/" : appPath.value();
        List<ResourceWalker.Endpoint> endpoints = new ArrayList<>();
        app.getClasses().stream().filter(c -> c.isAnnotationPresent(Path.class))
                .sorted(Comparator.comparing(Class::getName))
                .forEach(c -> endpoints.addAll(walker.endpoints(c, ResourceWalker.join(root, c.getAnnotation(Path.class).value()),
                        tagOf(c))));
        endpoints.sort(Comparator.comparing(ResourceWalker.Endpoint::path).thenComparing(ResourceWalker.Endpoint::httpMethod));

        Map<String, Integer> uses = new HashMap<>();
        endpoints.forEach(e -> uses.merge(e.method().getName(), 1, Integer::sum));
        Set<String> operationIds = new HashSet<>();
        Paths paths = OASFactory.createPaths();
        for (ResourceWalker.Endpoint e : endpoints) {
            String id = uses.get(e.method().getName()) == 1 ? e.method().getName() : camel(e.tag()) + capital(e.method().getName());
            String unique = id;
            for (int i = 2; !operationIds.add(unique); i++) {
                unique = id + i;
            }
            PathItem item = paths.getPathItem(e.path());
            if (item == null) {
                item = OASFactory.createPathItem();
                paths.addPathItem(e.path(), item);
            }
            item.setOperation(PathItem.HttpMethod.valueOf(e.httpMethod()), operation(e, unique));
        }

        Components components = OASFactory.createComponents()
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("An access token from the portal's Keycloak realm"));
        schemas.of(Problem.class);
        schemas.components().forEach(components::addSchema);
        return OASFactory.createOpenAPI().openapi("3.0.3").info(info(app)).paths(paths).components(components)
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
    }

    private static org.eclipse.microprofile.openapi.models.info.Info info(Application app) {
        OpenAPIDefinition definition = app.getClass().getAnnotation(OpenAPIDefinition.class);
        if (definition == null) {
            return OASFactory.createInfo().title(app.getClass().getSimpleName()).version("1");
        }
        return OASFactory.createInfo().title(definition.info().title()).version(definition.info().version())
                .description(definition.info().description().isEmpty() ? null : definition.info().description());
    }

    private Operation operation(ResourceWalker.Endpoint e, String operationId) {
        Method m = e.method();
        Operation op = OASFactory.createOperation().operationId(operationId).addTag(e.tag());
        access(op, m, e.resource());
        org.eclipse.microprofile.openapi.annotations.Operation said =
                m.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (said != null && !said.summary().isEmpty()) {
            op.summary(said.summary());
        }
        if (said != null && !said.description().isEmpty()) {
            op.description(said.description() + "\n\n" + op.getDescription());
        }

        List<Parameter> parameters = new ArrayList<>(e.inherited());
        parameters.addAll(List.of(m.getParameters()));
        Set<String> declared = new HashSet<>();
        for (Parameter p : parameters) {
            org.eclipse.microprofile.openapi.models.parameters.Parameter param = parameter(p);
            if (param != null && declared.add(param.getIn() + " " + param.getName())) {
                op.addParameter(param);
            }
        }
        for (String variable : ResourceWalker.variables(e.path())) {
            if (declared.add(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH + " " + variable)) {
                op.addParameter(OASFactory.createParameter().name(variable)
                        .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH).required(true)
                        .schema(OASFactory.createSchema().type(SchemaType.STRING)));
            }
        }

        Arrays.stream(m.getParameters()).filter(ApiDocument::isBody).findFirst().ifPresent(body -> {
            Content content = OASFactory.createContent();
            for (String type : mediaTypes(m.getAnnotation(Consumes.class), e.resource().getAnnotation(Consumes.class))) {
                content.addMediaType(type, OASFactory.createMediaType().schema(schemas.of(body.getParameterizedType())));
            }
            RequestBody rb = OASFactory.createRequestBody().required(true).content(content);
            op.requestBody(rb);
        });

        op.responses(responses(e));
        return op;
    }

    /** Who may call: the declared rule as extensions, and in words at the start of the description. */
    private static void access(Operation op, Method m, Class<?> resource) {
        Optional<AccessRule> rule = AccessRule.declaredOn(m, resource);
        String words;
        if (rule.isEmpty()) {
            op.addExtension("x-access", "nobody");
            words = "Declares no access rule, so it is refused to everyone.";
        } else if (rule.get() instanceof AccessRule.Roles roles) {
            List<String> names = new ArrayList<>(new TreeSet<>(roles.names()));
            roles.kinds().stream().map(k -> "any " + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " role")
                    .sorted().forEach(names::add);
            op.addExtension("x-access", "roles");
            op.addExtension("x-roles", names);
            words = "Roles (in the council in the address): " + String.join(", ", names) + ".";
        } else if (rule.get() instanceof AccessRule.Action action) {
            op.addExtension("x-access", "family-record");
            op.addExtension("x-family-record-access", action.action().name());
            words = "Roles (in the council in the address): " + action.action().who() + ".";
        } else if (rule.get() instanceof AccessRule.Granted granted) {
            op.addExtension("x-access", "grant");
            op.addExtension("x-grant", granted.grant().name());
            words = "Roles (in the council in the address): those declared with the grant "
                    + granted.grant().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".";
        } else if (rule.get() instanceof AccessRule.AnyRole) {
            op.addExtension("x-access", "any-role");
            words = "Roles: any role in the council in the address.";
        } else {
            op.addExtension("x-access", "signed-in");
            words = "Anyone signed in.";
        }
        op.description(words);
    }

    private static AllowedTo classAllowedTo(Class<?> resource) {
        for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(AllowedTo.class)) {
                return c.getAnnotation(AllowedTo.class);
            }
        }
        return null;
    }

    private org.eclipse.microprofile.openapi.models.parameters.Parameter parameter(Parameter p) {
        org.eclipse.microprofile.openapi.models.parameters.Parameter.In in;
        String name;
        if (p.isAnnotationPresent(PathParam.class)) {
            in = org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH;
            name = p.getAnnotation(PathParam.class).value();
        } else if (p.isAnnotationPresent(QueryParam.class)) {
            in = org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY;
            name = p.getAnnotation(QueryParam.class).value();
        } else if (p.isAnnotationPresent(HeaderParam.class)) {
            in = org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER;
            name = p.getAnnotation(HeaderParam.class).value();
        } else if (p.isAnnotationPresent(CookieParam.class)) {
            in = org.eclipse.microprofile.openapi.models.parameters.Parameter.In.COOKIE;
            name = p.getAnnotation(CookieParam.class).value();
        } else {
            return null;
        }
        Schema schema = schemas.of(p.getParameterizedType());
        DefaultValue byDefault = p.getAnnotation(DefaultValue.class);
        if (byDefault != null) {
            schema.defaultValue(typed(byDefault.value(), schema));
        }
        boolean required = in == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH;
        return OASFactory.createParameter().name(name).in(in).required(required).schema(schema);
    }

    private static Object typed(String value, Schema schema) {
        try {
            if (schema.getType() == SchemaType.INTEGER) {
                return Long.valueOf(value);
            }
            if (schema.getType() == SchemaType.NUMBER) {
                return new java.math.BigDecimal(value);
            }
            if (schema.getType() == SchemaType.BOOLEAN) {
                return Boolean.valueOf(value);
            }
        } catch (NumberFormatException e) {
            return value;
        }
        return value;
    }

    /** The request body: the one parameter with no JAX-RS annotation. */
    private static boolean isBody(Parameter p) {
        return Arrays.stream(p.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"))
                && !p.isAnnotationPresent(MatrixParam.class);
    }

    private APIResponses responses(ResourceWalker.Endpoint e) {
        Method m = e.method();
        APIResponses responses = OASFactory.createAPIResponses();
        List<String> produces = mediaTypes(m.getAnnotation(Produces.class), e.resource().getAnnotation(Produces.class));
        APIResponseSchema declared = m.getAnnotation(APIResponseSchema.class);
        if (declared != null) {
            String code = declared.responseCode().isEmpty() ? "200" : declared.responseCode();
            String description = declared.responseDescription().isEmpty() ? describe(code) : declared.responseDescription();
            responses.addAPIResponse(code, success(description, produces, schemas.of(declared.value())));
        } else if (m.getReturnType() == void.class) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description(describe("204")));
        } else if (m.getReturnType() == Response.class) {
            responses.addAPIResponse("200", success(describe("200"), produces, OASFactory.createSchema()));
        } else {
            responses.addAPIResponse("200", success(describe("200"), produces, schemas.of(m.getGenericReturnType())));
        }
        for (int status : PROBLEMS) {
            if (status == 409 && "GET".equals(e.httpMethod())) {
                continue;
            }
            responses.addAPIResponse(String.valueOf(status), OASFactory.createAPIResponse()
                    .description(ProblemResponses.titleFor(status))
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(schemas.of(Problem.class)))));
        }
        return responses;
    }

    private static APIResponse success(String description, List<String> produces, Schema schema) {
        Content content = OASFactory.createContent();
        for (String type : produces) {
            boolean json = type.endsWith("json");
            content.addMediaType(type, OASFactory.createMediaType()
                    .schema(json ? schema : OASFactory.createSchema().type(SchemaType.STRING).format("binary")));
        }
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static String describe(String code) {
        return switch (code) {
            case "200" -> "OK";
            case "201" -> "Created";
            case "202" -> "Accepted";
            case "204" -> "Done; no content";
            default -> "Answer " + code;
        };
    }

    /** The media types the method's annotation names, else its class's, else JSON. */
    private static List<String> mediaTypes(Object onMethod, Object onClass) {
        String[] types = onMethod instanceof Produces p ? p.value() : onMethod instanceof Consumes c ? c.value()
                : onClass instanceof Produces p ? p.value() : onClass instanceof Consumes c ? c.value() : new String[0];
        List<String> list = Arrays.stream(types).flatMap(t -> Arrays.stream(t.split(","))).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
        return list.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : list;
    }

    /** The tag of a core resource class: its name without "Resource" ({@code PersonResource}: Person). */
    private static String tagOf(Class<?> c) {
        String name = c.getSimpleName();
        return name.endsWith("Resource") && name.length() > "Resource".length() ? name.substring(0, name.length() - 8) : name;
    }

    /** {@code early-help}: earlyHelp; {@code Person}: person. */
    private static String camel(String tag) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char ch : tag.toCharArray()) {
            if (!Character.isLetterOrDigit(ch)) {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(ch) : b.length() == 0 ? Character.toLowerCase(ch) : ch);
                upper = false;
            }
        }
        return b.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
