package org.nottspartners.portal.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.PortalModule;

/** The document of the API with a made-up module: its endpoints behind the locator, whole. */
class ApiDocumentTest {

    /** A module resource as modules write them: no class-level path, reached through the core's locator. */
    @AllowedFor("case-worker")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class WidgetResource {

        @POST
        @Path("widgets")
        @AllowedFor({"team-manager", "case-worker"})
        @APIResponseSchema(value = WidgetView.class, responseCode = "201")
        public Response add(WidgetForm form) {
            return Response.status(201).build();
        }

        @GET
        @Path("widgets/{id}")
        public WidgetView read(@PathParam("id") UUID id) {
            return null;
        }

        /** A module's own sub-resource locator that names its class is followed. */
        @Path("widgets/{id}/parts")
        public PartResource parts(@PathParam("id") UUID id) {
            return new PartResource();
        }

        @GET
        @Path("widgets")
        public List<WidgetView> list(@QueryParam("max") @DefaultValue("50") int max, @QueryParam("kind") Kind kind) {
            return List.of();
        }
    }

    public static class PartResource {
        @GET
        @Path("{part}")
        @AllowedFor("group-manager")
        public String part(@PathParam("part") String part) {
            return part;
        }
    }

    public enum Kind { ROUND, SQUARE }

    public static class WidgetForm {
        public String name;
        public LocalDate madeOn;
        public Set<Kind> kinds;
    }

    public record WidgetView(UUID id, String name, Kind kind, long version, Optional<String> note) {
    }

    static class WidgetModule implements PortalModule {
        @Override
        public String id() {
            return "widgets-and-more";
        }

        @Override
        public String name() {
            return "Widgets";
        }

        @Override
        public String description() {
            return "Widgets.";
        }

        @Override
        public Set<PortalRole> roles() {
            return Set.of(PortalRole.reference("case-worker"));
        }

        @Override
        public List<MenuEntry> menuEntries() {
            return List.of();
        }

        @Override
        public Optional<Class<?>> apiResource() {
            return Optional.of(WidgetResource.class);
        }
    }

    private final OpenAPI doc = PortalOpenApiReader.document(List.of(new WidgetModule()));

    @Test
    void aModuleEndpointHasItsFullPathItsBodyAndItsAnswer() {
        Operation add = doc.getPaths().getPathItem("/api/{tenant}/widgets-and-more/widgets").getPOST();

        assertThat(add.getTags()).containsExactly("widgets-and-more");
        assertThat(add.getParameters()).extracting(Parameter::getName, Parameter::getIn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tenant", Parameter.In.PATH));
        assertThat(add.getRequestBody().getRequired()).isTrue();
        assertThat(add.getRequestBody().getContent().getMediaType("application/json").getSchema().getRef())
                .isEqualTo("#/components/schemas/WidgetForm");
        assertThat(add.getResponses().getAPIResponse("201").getContent().getMediaType("application/json").getSchema().getRef())
                .isEqualTo("#/components/schemas/WidgetView");
        assertThat(add.getResponses().getAPIResponses()).doesNotContainKey("200");
    }

    @Test
    void rolesAreExtensionsAndWords() {
        Operation add = doc.getPaths().getPathItem("/api/{tenant}/widgets-and-more/widgets").getPOST();
        Operation read = doc.getPaths().getPathItem("/api/{tenant}/widgets-and-more/widgets/{id}").getGET();

        assertThat(add.getExtensions()).containsEntry("x-roles", List.of("case-worker", "team-manager"))
                .containsEntry("x-access", "roles");
        assertThat(add.getDescription()).contains("case-worker, team-manager");
        assertThat(read.getExtensions()).containsEntry("x-roles", List.of("case-worker"));
    }

    @Test
    void everyOperationAnswersProblems() {
        for (PathItem item : doc.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                assertThat(op.getResponses().getAPIResponse("400").getContent().getMediaType("application/problem+json")
                        .getSchema().getRef()).as(op.getOperationId()).isEqualTo("#/components/schemas/Problem");
                assertThat(op.getResponses().getAPIResponses()).as(op.getOperationId()).containsKeys("401", "403", "404");
            }
        }
        Schema problem = doc.getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "errors");
        assertThat(problem.getProperties().get("errors").getItems().getRef()).isEqualTo("#/components/schemas/FieldError");
    }

    @Test
    void parametersHaveTheirTypesAndDefaults() {
        Operation read = doc.getPaths().getPathItem("/api/{tenant}/widgets-and-more/widgets/{id}").getGET();
        Operation list = doc.getPaths().getPathItem("/api/{tenant}/widgets-and-more/widgets").getGET();

        Parameter id = read.getParameters().stream().filter(p -> p.getName().equals("id")).findFirst().orElseThrow();
        assertThat(id.getIn()).isEqualTo(Parameter.In.PATH);
        assertThat(id.getRequired()).isTrue();
        assertThat(id.getSchema().getFormat()).isEqualTo("uuid");
        Parameter max = list.getParameters().stream().filter(p -> p.getName().equals("max")).findFirst().orElseThrow();
        assertThat(max.getIn()).isEqualTo(Parameter.In.QUERY);
        assertThat(max.getSchema().getDefaultValue()).isEqualTo(50L);
        assertThat(list.getResponses().getAPIResponse("200").getContent().getMediaType("application/json").getSchema()
                .getItems().getRef()).isEqualTo("#/components/schemas/WidgetView");
        assertThat(list.getResponses().getAPIResponses()).doesNotContainKey("409");
    }

    @Test
    void bodiesAndAnswersHaveSchemasFromTheirJavaTypes() {
        Schema form = doc.getComponents().getSchemas().get("WidgetForm");
        Schema view = doc.getComponents().getSchemas().get("WidgetView");

        assertThat(form.getProperties()).containsOnlyKeys("name", "madeOn", "kinds");
        assertThat(form.getProperties().get("madeOn").getFormat()).isEqualTo("date");
        assertThat(form.getProperties().get("kinds").getItems().getRef()).isEqualTo("#/components/schemas/Kind");
        assertThat(doc.getComponents().getSchemas().get("Kind").getEnumeration()).containsExactly("ROUND", "SQUARE");
        assertThat(view.getProperties()).containsKeys("id", "name", "kind", "version", "note");
        assertThat(view.getProperties().get("version").getFormat()).isEqualTo("int64");
        assertThat(view.getProperties().get("note").getType()).isEqualTo(Schema.SchemaType.STRING);
    }

    @Test
    void theCoresOwnResourcesAreThereAndTheLocatorIsNot() {
        assertThat(doc.getPaths().getPathItems()).containsKeys("/api/me", "/api/{tenant}/modules");
        assertThat(doc.getPaths().getPathItems()).doesNotContainKey("/api/{tenant}/{module}");
        assertThat(doc.getComponents().getSecuritySchemes()).containsKey(ApiDocument.BEARER);
    }

    @Test
    void aSubResourceNamedByItsLocatorIsFollowedWithTheLocatorsParameters() {
        Operation part = doc.getPaths().getPathItem("/api/{tenant}/widgets-and-more/widgets/{id}/parts/{part}").getGET();

        assertThat(part.getParameters()).extracting(Parameter::getName).containsExactly("tenant", "id", "part");
        assertThat(part.getParameters().get(1).getSchema().getFormat()).isEqualTo("uuid");
        assertThat(part.getTags()).containsExactly("widgets-and-more");
        assertThat(part.getExtensions()).containsEntry("x-roles", List.of("group-manager"));
    }

    @Test
    void operationIdsAreUnique() {
        List<String> ids = doc.getPaths().getPathItems().values().stream().flatMap(i -> i.getOperations().values().stream())
                .map(Operation::getOperationId).toList();
        assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void theDocumentIsWrittenAsJson() throws Exception {
        String json = OpenApiFile.json(doc);

        assertThat(json).contains("\"/api/{tenant}/widgets-and-more/widgets/{id}\"", "\"x-roles\"", "application/problem+json");
    }
}
