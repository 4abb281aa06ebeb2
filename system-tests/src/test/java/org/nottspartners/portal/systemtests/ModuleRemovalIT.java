package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A service area is a true plugin: the portal deploys and works with one module left out of the EAR. */
@ExtendWith(ArquillianExtension.class)
class ModuleRemovalIT {

    @Deployment(testable = false)
    static EnterpriseArchive portalWithoutLicensing() {
        EnterpriseArchive ear = Deployments.altered("portal-without-licensing.ear");
        ear.delete("/lib/module-licensing.jar");
        return ear;
    }

    @Test
    void theOtherModulesWorkAndTheMissingOneIsNotFound() {
        String lee = Api.token("lee.licensing");
        String morgan = Api.token("morgan.county");

        HttpResponse<String> modules = Api.get("/county/modules", morgan);
        assertThat(modules.statusCode()).isEqualTo(200);
        assertThat(Api.jsonArray(modules.body())).extracting(m -> m.get("id"))
                .containsExactlyInAnyOrder("early-help", "attendance", "housing", "troubled-families");
        assertThat(Api.get("/county/early-help", morgan).statusCode()).isEqualTo(200);
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/licensing", lee), 404);
        // issue 12: the licensing officer's role is licensing's own declaration, so without the module it grants
        // nothing: lee holds no role the portal knows in the county, which answers as for any other council
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/menu", lee), 404);
    }
}
