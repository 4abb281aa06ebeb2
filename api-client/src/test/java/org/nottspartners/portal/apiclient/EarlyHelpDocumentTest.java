package org.nottspartners.portal.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.api.openapi.OpenApiFile;
import org.nottspartners.portal.api.openapi.PortalOpenApiReader;
import org.nottspartners.portal.core.module.PortalModule;
import org.nottspartners.portal.earlyhelp.EarlyHelpResource;

/**
 * The API's OpenAPI document with the real modules, built as the server builds it: early help's endpoints
 * are there whole, and the file the client was generated from is this same document.
 */
class EarlyHelpDocumentTest {

    private final List<PortalModule> modules = PortalOpenApiReader.deployedModules(getClass().getClassLoader());
    private final OpenAPI doc = PortalOpenApiReader.document(modules);

    @Test
    void everyModuleIsFoundByItsServiceEntry() {
        assertThat(modules).extracting(PortalModule::id)
                .containsExactly("attendance", "early-help", "housing", "licensing", "troubled-families");
    }

    @Test
    void aReferralHasItsBodyItsAnswerItsProblemsAndItsRoles() {
        Operation refer = doc.getPaths().getPathItem("/api/{tenant}/early-help/referrals").getPOST();

        assertThat(refer.getRequestBody().getContent().getMediaType("application/json").getSchema().getRef())
                .isEqualTo("#/components/schemas/ReferralForm");
        assertThat(doc.getComponents().getSchemas().get("ReferralForm").getProperties())
                .containsKeys("indexChildId", "route", "concerns", "believedLevel", "indicators", "consentEvidence");
        assertThat(refer.getResponses().getAPIResponse("201").getContent().getMediaType("application/json").getSchema().getRef())
                .isEqualTo("#/components/schemas/ReferralStatusView");
        assertThat(refer.getResponses().getAPIResponse("400").getContent().getMediaType("application/problem+json").getSchema()
                .getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(refer.getResponses().getAPIResponses()).containsKeys("401", "403", "404", "409");
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) refer.getExtensions().get("x-roles");
        assertThat(roles).contains("any partner role", "case-worker");
        assertThat(refer.getDescription()).contains("any partner role");
    }

    /** Issue 12: core's endpoints that answer a Response say what it holds, so a generated client gets a typed answer. */
    @Test
    void coreEndpointsAnsweringAResponseDeclareWhatItHolds() {
        java.util.Map<String, String> created = java.util.Map.of(
                "/api/{tenant}/people", "#/components/schemas/PersonView",
                "/api/{tenant}/families", "#/components/schemas/FamilyView",
                "/api/{tenant}/people/{id}/notes", "#/components/schemas/CaseNoteView",
                "/api/{tenant}/people/{id}/consents", "#/components/schemas/ConsentView",
                "/api/{tenant}/people/{id}/addresses", "#/components/schemas/AddressView");
        created.forEach((path, schema) -> assertThat(doc.getPaths().getPathItem(path).getPOST().getResponses().getAPIResponse("201")
                .getContent().getMediaType("application/json").getSchema().getRef()).as(path).isEqualTo(schema));
        var moves = doc.getPaths().getPathItem("/api/{tenant}/families/{id}/moves").getPOST().getResponses().getAPIResponse("201")
                .getContent().getMediaType("application/json").getSchema();
        assertThat(moves.getItems().getRef()).isEqualTo("#/components/schemas/AddressView");
    }

    @Test
    void aCaseReadHasItsPathParameterAndItsRoles() {
        Operation read = doc.getPaths().getPathItem("/api/{tenant}/early-help/cases/{id}").getGET();

        assertThat(read.getParameters()).extracting(Parameter::getName).containsExactly("tenant", "id");
        Parameter id = read.getParameters().get(1);
        assertThat(id.getIn()).isEqualTo(Parameter.In.PATH);
        assertThat(id.getRequired()).isTrue();
        assertThat(id.getSchema().getFormat()).isEqualTo("uuid");
        assertThat(read.getResponses().getAPIResponse("200").getContent().getMediaType("application/json").getSchema().getRef())
                .isEqualTo("#/components/schemas/CaseView");
        // partners too since issue 23: the lead professional and the Team around the Child open their own case (per-case
        // grants narrow it further; anyone else gets 404)
        assertThat(read.getExtensions()).containsEntry("x-roles", List.of("case-worker", "group-manager", "team-manager",
                "any partner role"));
        assertThat(read.getResponses().getAPIResponse("404").getContent().getMediaType("application/problem+json")).isNotNull();
    }

    @Test
    void everyEndpointOfTheResourceIsInTheDocument() {
        long endpoints = Arrays.stream(EarlyHelpResource.class.getMethods())
                .filter(m -> Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)))
                .count();
        long documented = doc.getPaths().getPathItems().entrySet().stream()
                .filter(e -> e.getKey().startsWith("/api/{tenant}/early-help"))
                .mapToLong(e -> e.getValue().getOperations().size()).sum();

        assertThat(documented).isEqualTo(endpoints).isGreaterThan(40);
        assertThat(doc.getPaths().getPathItem("/api/{tenant}/early-help/cases").getGET().getParameters())
                .extracting(Parameter::getName).contains("stage", "team", "worker", "first", "max");
        assertThat(doc.getPaths().getPathItem("/api/{tenant}/early-help/cases/{id}/letters/{letter}").getGET().getResponses()
                .getAPIResponse("200").getContent().getMediaType("application/pdf").getSchema().getFormat()).isEqualTo("binary");
    }

    @Test
    void everyOperationNamesWhoMayCallIt() {
        doc.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            assertThat(op.getExtensions()).as(method + " " + path).containsKey("x-access");
            assertThat(op.getExtensions().get("x-access")).as(method + " " + path).isNotEqualTo("nobody");
        }));
    }

    /** The client was generated from target/openapi.json: the same document the server builds and serves. */
    @Test
    void theClientWasGeneratedFromThisDocument() throws Exception {
        Path file = Path.of("target/openapi.json");

        assertThat(file).exists();
        assertThat(Files.readString(file)).isEqualTo(OpenApiFile.json(doc));
        assertThat(Objects.requireNonNull(getClass().getClassLoader().getResource("org/nottspartners/client/api/EarlyHelpApi.class")))
                .isNotNull();
    }
}
