package org.nottspartners.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, only a page of the portal itself is returned to (an open redirect would send users anywhere). */
class SignedInServletTest {

    @Test
    void aPageOfThePortalIsReturnedTo() {
        assertThat(SignedInServlet.isPortalPage("/portal/city/people/person.xhtml?id=8f0c", "/portal")).isTrue();
        assertThat(SignedInServlet.isPortalPage("/portal/", "/portal")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(SignedInServlet.isPortalPage("https://evil.example/portal/x", "/portal")).isFalse();
        assertThat(SignedInServlet.isPortalPage("//evil.example/portal/x", "/portal")).isFalse();
        assertThat(SignedInServlet.isPortalPage("/\\evil.example", "/portal")).isFalse();
        assertThat(SignedInServlet.isPortalPage("/portal-api/api/me", "/portal")).isFalse();
        assertThat(SignedInServlet.isPortalPage("/portal/../admin", "/portal")).isFalse();
        assertThat(SignedInServlet.isPortalPage("/portal/callback?code=x", "/portal")).isFalse();
        assertThat(SignedInServlet.isPortalPage("/portal/sign-out", "/portal")).isFalse();
        assertThat(SignedInServlet.isPortalPage("not a uri at all %%", "/portal")).isFalse();
    }
}
