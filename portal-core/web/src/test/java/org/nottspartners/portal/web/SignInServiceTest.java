package org.nottspartners.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Issue 27: the portal asks whether the sign-in service answers before sending a visitor there. */
class SignInServiceTest {

    @Test
    void aProviderWhoseDiscoveryAnswersIsAvailable() throws Exception {
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/portal/.well-known/openid-configuration", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("{}".getBytes());
            exchange.close();
        });
        keycloak.start();
        try {
            String issuer = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/portal";
            assertThat(new SignInService().answers(issuer)).isTrue();
            assertThat(new SignInService().answers(issuer.replace("portal", "other"))).as("a realm that is not there").isFalse();
        } finally {
            keycloak.stop(0);
        }
    }

    @Test
    void aProviderThatDoesNotListenIsUnavailable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThat(new SignInService().answers("http://127.0.0.1:" + closed + "/realms/portal")).isFalse();
        assertThat(new SignInService().answers("not an address")).isFalse();
    }

    @Test
    void theAnswerIsKeptForAFewSecondsSoACrowdAsksOnce() {
        int[] asked = {0};
        SignInService service = new SignInService() {
            @Override
            boolean answers(String providerUri) {
                asked[0]++;
                return false;
            }
        };
        service.settings = new OidcSettings();
        assertThat(service.isAvailable()).isFalse();
        assertThat(service.isAvailable()).isFalse();
        assertThat(asked[0]).isEqualTo(1);
    }
}
