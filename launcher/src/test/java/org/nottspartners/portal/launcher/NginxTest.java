package org.nottspartners.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster's nginx configuration (issue 27): a browser's requests go to the instance named by its session cookie. */
class NginxTest {

    private final String conf = Nginx.configuration(Path.of("/run/nginx"), 8080, List.of("portal-1", "portal-2"), List.of(28080, 29080));

    @Test
    void eachInstanceHasItsOwnUpstreamWithTheOthersAsBackups() {
        assertThat(conf).containsPattern("upstream portal-1 \\{\\s+server 127\\.0\\.0\\.1:28080 max_fails=1 fail_timeout=10s;\\s+"
                + "server 127\\.0\\.0\\.1:29080 backup;");
        assertThat(conf).containsPattern("upstream portal-2 \\{\\s+server 127\\.0\\.0\\.1:28080 backup;\\s+"
                + "server 127\\.0\\.0\\.1:29080 max_fails=1 fail_timeout=10s;");
    }

    @Test
    void theSessionCookiesEndingChoosesTheInstanceAndNoCookieAnyInstance() {
        assertThat(conf).containsPattern("map \\$cookie_JSESSIONID \\$portal_upstream \\{\\s+default any_instance;\\s+"
                + "~\\\\\\.portal-1\\$ portal-1;\\s+~\\\\\\.portal-2\\$ portal-2;");
        assertThat(conf).contains("proxy_pass http://$portal_upstream;");
        // the portal's own 503 (sign-in unavailable) must not mark an instance failed: the drill saw every instance taken
        // for dead and nginx answering 502 to everyone
        assertThat(conf).contains("proxy_next_upstream error timeout;").doesNotContain("http_503");
    }

    @Test
    void everythingOnLoopbackAndNoServerNamed() {
        assertThat(conf).contains("listen 127.0.0.1:8080;", "server_tokens off;").doesNotContain("0.0.0.0");
    }
}
