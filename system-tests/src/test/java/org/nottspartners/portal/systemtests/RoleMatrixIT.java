package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.core.access.AccessRule;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * Every endpoint (enumerated by reflection) against every role: each endpoint declares its rule; a role
 * the rule allows is never refused (401/403), a role it does not allow is refused with 403.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void everyEndpointIsDeclaredAndEnforcedForEveryRole() {
        Map<PortalRole, String> tokens = new java.util.HashMap<>();
        for (PortalRole role : PortalClasses.roles()) {
            String name = "city:" + role.tokenName();
            KeycloakAdmin.ensureRole(name);
            KeycloakAdmin.ensureUser("only-" + role.tokenName() + ".city", List.of(name));
            tokens.put(role, Api.token("only-" + role.tokenName() + ".city"));
        }
        String personId = (String) Api.createPerson("city", Api.token("casey.city"), "Matrix", "Subject").get("id");
        Map<String, String> values = Map.of("tenant", "city", "id", personId, "q", "Subject", "type", "person",
                "module", "attendance", "version", "1");

        List<ApiEndpoints.Endpoint> endpoints = ApiEndpoints.all();
        int declared = 0;
        int checks = 0;
        List<String> failures = new ArrayList<>();
        for (ApiEndpoints.Endpoint e : endpoints) {
            var rule = e.rule();
            if (rule.isPresent()) {
                declared++;
            } else {
                failures.add(e + " declares no access rule");
            }
            for (PortalRole role : PortalClasses.roles()) {
                boolean allowed = rule.map(r -> r.allows(Set.of(role))).orElse(false);
                HttpResponse<String> r = EndpointCalls.call(e, values, tokens.get(role), Map.of());
                checks++;
                int status = r.statusCode();
                if (allowed && (status == 401 || status == 403)) {
                    failures.add(e + " refused " + role + " (" + status + ") though its rule allows it: " + r.body());
                } else if (!allowed && status != 403) {
                    failures.add(e + " answered " + status + " to " + role + " though its rule refuses it");
                }
            }
        }
        System.out.println("role matrix: " + declared + "/" + endpoints.size() + " endpoints declared, " + checks
                + " checks, " + failures.size() + " failures");

        assertThat(failures).isEmpty();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void nobodyWithoutARoleInTheCouncilGetsInAndAnonymousCallersGet401() {
        String countyOnly = Api.token("morgan.county");
        for (ApiEndpoints.Endpoint e : ApiEndpoints.all()) {
            if (e.rule().map(AccessRule::needsCouncil).orElse(true)) {
                int status = EndpointCalls.call(e, Map.of("tenant", "city", "id", "00000000-0000-0000-0000-000000000000",
                        "module", "attendance", "type", "person"), countyOnly, Map.of()).statusCode();
                assertThat(status).as(e.toString()).isEqualTo(404);
            }
            assertThat(EndpointCalls.call(e, Map.of("tenant", "city", "id", "x", "module", "attendance"), null, Map.of())
                    .statusCode()).as(e.toString()).isEqualTo(401);
        }
    }

    /**
     * Issue 16: a member of the public (the unqualified public-applicant role, no council role) reaches, in any council,
     * exactly the endpoints whose rule names their role; every other endpoint that needs a council answers 404, as a
     * council they do not work for.
     */
    @Test
    void aMemberOfThePublicReachesOnlyTheEndpointsThatNameTheirRole() {
        String pip = Api.token("pip.public");
        List<String> failures = new ArrayList<>();
        int open = 0;
        for (ApiEndpoints.Endpoint e : ApiEndpoints.all()) {
            var rule = e.rule();
            if (rule.isEmpty() || !rule.get().needsCouncil()) {
                continue;
            }
            for (String council : List.of("city", "county")) {
                int status = EndpointCalls.call(e, Map.of("tenant", council, "id", "00000000-0000-0000-0000-000000000000",
                        "module", "licensing", "type", "person", "version", "1"), pip, Map.of()).statusCode();
                if (rule.get().namesPublicApplicant()) {
                    open++;
                    if (status == 401 || status == 403) {
                        failures.add(e + " refused the public in " + council + " (" + status + ") though its rule names them");
                    }
                } else if (status != 404) {
                    failures.add(e + " answered " + status + " to a member of the public in " + council);
                }
            }
        }
        System.out.println("public role: " + open + " calls to endpoints naming the public, " + failures.size() + " failures");
        assertThat(failures).isEmpty();
        assertThat(open).isGreaterThanOrEqualTo(2 * 8);
    }
}
