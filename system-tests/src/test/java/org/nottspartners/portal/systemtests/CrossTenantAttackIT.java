package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * A user holding every role in Nottingham City tries every endpoint of the API (enumerated by
 * reflection) on a Nottinghamshire County record: by its id, by search, by listing, by export, with the
 * council segment forged, and with a forged council header and parameter. No answer may contain what
 * only the County record holds (the attacker knows its id and family name, never its first name), and
 * the record must be unchanged afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class CrossTenantAttackIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void noEndpointGivesACityUserACountyRecord() {
        Attack attack = attackEveryEndpoint();
        System.out.println("cross-tenant attacks: " + attack.pairs() + " tried, " + attack.leaks().size() + " leaked");
        attack.assertNothingLeaked();
    }

    /**
     * The JPA layer proven alone (issue 25): with every row-level security policy reduced to
     * {@code using (true) with check (true)}, EclipseLink's tenant filter and the portal's own council
     * conditions still keep every County record from a City user, and search answers from the City only
     * (it used to answer 500 when the database offered it other councils' candidates).
     */
    @Test
    void withEveryRowPolicyReducedToTrueTheApplicationAloneLeaksNothing() throws Exception {
        try (RowPolicies.Fault fault = RowPolicies.everyPolicyTrue(PortalStack.database())) {
            assertThat(fault.policies()).as("policies reduced to true").isGreaterThan(10);
            Attack attack = attackEveryEndpoint();
            System.out.println("cross-tenant attacks with row-level security reduced to true: " + attack.pairs() + " tried, "
                    + attack.leaks().size() + " leaked");
            attack.assertNothingLeaked();

            HttpResponse<String> search = Api.get("/city/people/matches?name=" + attack.hiddenName() + "+" + attack.secret(),
                    cityUserWithEveryRole());
            assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
            assertThat(search.body()).doesNotContain(attack.secret());
        }
    }

    /** What one run of every endpoint against a County record found. */
    record Attack(int pairs, List<String> leaks, String secret, String hiddenName, String countyId, Map<String, Object> record) {
        void assertNothingLeaked() {
            assertThat(leaks).isEmpty();
            assertThat(pairs).isGreaterThanOrEqualTo(4 * 10);
            Map<String, Object> after = Api.json(Api.get("/county/people/" + countyId, Api.token("morgan.county")).body());
            assertThat(after.get("familyName")).isEqualTo(secret);
            assertThat(after.get("version")).isEqualTo(record.get("version"));
        }
    }

    /** Every endpoint, four ways, by a City user holding every role, against a new County record. */
    static Attack attackEveryEndpoint() {
        String secret = "Countyonly" + UUID.randomUUID().toString().substring(0, 8);
        String unknownToAttacker = "Hidden" + UUID.randomUUID().toString().substring(0, 8);
        String county = Api.token("morgan.county");
        Map<String, Object> record = Api.createPerson("county", county, unknownToAttacker, secret);
        String countyId = (String) record.get("id");

        String attacker = cityUserWithEveryRole();
        Map<String, String> byCityAddress = new HashMap<>(Map.of("tenant", "city", "id", countyId, "q", secret,
                "type", "person", "module", "attendance", "version", "1", "name", unknownToAttacker + " " + secret));
        Map<String, String> byForgedCouncil = new HashMap<>(byCityAddress);
        byForgedCouncil.put("tenant", "county");
        Map<String, String> forgedHeaders = Map.of("X-Tenant", "county", "X-Portal-Tenant", "county", "Tenant", "county");

        List<String> leaks = new ArrayList<>();
        int pairs = 0;
        for (ApiEndpoints.Endpoint e : ApiEndpoints.all()) {
            List<HttpResponse<String>> answers = List.of(
                    EndpointCalls.call(e, byCityAddress, attacker, Map.of()),
                    EndpointCalls.call(e, byForgedCouncil, attacker, Map.of()),
                    EndpointCalls.call(e, byCityAddress, attacker, forgedHeaders),
                    EndpointCalls.call(e, withCouncilParameter(byCityAddress), attacker, Map.of()));
            for (HttpResponse<String> answer : answers) {
                pairs++;
                if (answer.body().contains(unknownToAttacker) || answer.body().contains("\"tenant\":\"county\"")) {
                    leaks.add(e + " -> " + answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
                }
            }
        }
        return new Attack(pairs, leaks, secret, unknownToAttacker, countyId, record);
    }

    @Test
    void aForgedCouncilSegmentIsNotFoundAndLeaksNothingAboutExistence() {
        String attacker = cityUserWithEveryRole();
        HttpResponse<String> real = Api.get("/county/people", attacker);
        HttpResponse<String> invented = Api.get("/no-such-council/people", attacker);

        ApiAuthenticationIT.assertIsProblem(real, 404);
        ApiAuthenticationIT.assertIsProblem(invented, 404);
        assertThat(Api.json(real.body()).get("title")).isEqualTo(Api.json(invented.body()).get("title"));
    }

    private static Map<String, String> withCouncilParameter(Map<String, String> values) {
        Map<String, String> v = new HashMap<>(values);
        v.put("?tenant", "county");
        v.put("?council", "county");
        return v;
    }

    static String cityUserWithEveryRole() {
        List<String> roles = PortalClasses.roles().stream().map(r -> "city:" + r.tokenName()).toList();
        roles.forEach(KeycloakAdmin::ensureRole);
        KeycloakAdmin.ensureUser("every-role.city", roles);
        return Api.token("every-role.city");
    }
}
