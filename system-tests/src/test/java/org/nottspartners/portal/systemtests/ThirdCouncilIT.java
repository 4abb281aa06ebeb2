package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A third council is added as data alone (a row and Keycloak roles), with no change to the code. */
@ExtendWith(ArquillianExtension.class)
class ThirdCouncilIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aCouncilAddedAsDataWorksAndIsKeptApart() throws Exception {
        try (Connection c = PortalStack.database().superuserConnection()) {
            c.createStatement().execute("insert into core_tenant (id, name) values ('rutland', 'Rutland County Council')"
                    + " on conflict do nothing");
        }
        KeycloakAdmin.ensureRole("rutland:case-worker");
        KeycloakAdmin.ensureUser("worker.rutland", List.of("rutland:case-worker"));
        String rutland = Api.token("worker.rutland");

        assertThat(Api.jsonArray(Api.get("/rutland/modules", rutland).body())).hasSize(5);
        String id = (String) Api.createPerson("rutland", rutland, "Rhys", "Oakham").get("id");
        assertThat(Api.get("/rutland/people/" + id, rutland).statusCode()).isEqualTo(200);

        ApiAuthenticationIT.assertIsProblem(Api.get("/rutland/people/" + id, Api.token("casey.city")), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people/" + id, Api.token("casey.city")), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people", rutland), 404);
    }
}
