package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.client.ApiClient;
import org.nottspartners.client.ApiException;
import org.nottspartners.client.api.EarlyHelpApi;
import org.nottspartners.client.model.CaseView;
import org.nottspartners.client.model.Problem;
import org.nottspartners.client.model.ReferralForm;
import org.nottspartners.client.model.ReferralRoute;
import org.nottspartners.client.model.ReferralStatusView;

/**
 * The client generated at build time from the API's OpenAPI document (module api-client) works against the
 * running portal (issue 12): a case worker refers a family, reads the case, and a referral without concerns
 * comes back as a problem naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class ApiClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    /** The generated client for a user: the paths in the document start at /api, so the base is the WAR's root. */
    private static EarlyHelpApi earlyHelpAs(String username) {
        String token = Api.token(username);
        ApiClient client = new ApiClient();
        client.updateBaseUri(Deployments.API.substring(0, Deployments.API.length() - "/api".length()));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new EarlyHelpApi(client);
    }

    private static ReferralForm referral(UUID child) {
        return new ReferralForm()
                .indexChildId(child)
                .route(ReferralRoute.EARLY_HELP_ASSESSMENT)
                .concerns("Often late, tired in class, father working nights")
                .believedLevel("ADDITIONAL")
                .consentGivenBy("Dana Okafor (mother)")
                .consentDate(LocalDate.now())
                .consentEvidence("Signed consent page")
                .referrerContact("0115 915 0000")
                .assessmentForm("Dana asks for help with mornings; Tobi is late most days and tired");
    }

    @Test
    void aCaseWorkerRefersAndReadsTheCaseThroughTheGeneratedClient() throws ApiException {
        String casey = Api.token("casey.city");
        UUID child = UUID.fromString((String) Api.createPerson("city", casey, "Tobi", TestNames.unique("Okafor")).get("id"));
        EarlyHelpApi earlyHelp = earlyHelpAs("casey.city");

        ReferralStatusView referred = earlyHelp.refer("city", referral(child));

        assertThat(referred.getId()).isNotNull();
        assertThat(referred.getStage()).isEqualTo("REFERRED");
        assertThat(referred.getReference()).matches("EH-" + LocalDate.now().getYear() + "-\\d{6}");

        CaseView read = earlyHelp.earlyHelpRead("city", referred.getId());

        assertThat(read.getId()).isEqualTo(referred.getId());
        assertThat(read.getIndexChildId()).isEqualTo(child);
        assertThat(read.getConcerns()).isEqualTo("Often late, tired in class, father working nights");
        assertThat(read.getRoute()).isEqualTo("EARLY_HELP_ASSESSMENT");
        assertThat(read.getVersion()).isNotNull();
    }

    @Test
    void aReferralWithoutConcernsIsAProblemNamingTheField() throws Exception {
        String casey = Api.token("casey.city");
        UUID child = UUID.fromString((String) Api.createPerson("city", casey, "Ife", TestNames.unique("Okafor")).get("id"));
        EarlyHelpApi earlyHelp = earlyHelpAs("casey.city");

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> earlyHelp.refer("city", referral(child).concerns(null)));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).anySatisfy(e -> {
            assertThat(e.getField()).isEqualTo("concerns");
            assertThat(e.getMessage()).contains("Describe your concerns");
        });
        HttpResponse<String> mine = Api.get("/city/early-help/referrals/mine", casey);
        assertThat(mine.body()).as("nothing saved").doesNotContain(child.toString());
    }
}
