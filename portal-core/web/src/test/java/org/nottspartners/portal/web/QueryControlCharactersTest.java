package org.nottspartners.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages refuse an address whose query holds a control character, as the API does (issue 27: wapiti's NULs were 500s). */
class QueryControlCharactersTest {

    @Test
    void aNulOrAnotherControlCharacterOrABrokenEscapeIsRefused() {
        assertThat(PortalRequestFilter.controlCharactersInQuery("council=%2Fe%00")).isTrue();
        assertThat(PortalRequestFilter.controlCharactersInQuery("council=city&search=a%07b")).isTrue();
        assertThat(PortalRequestFilter.controlCharactersInQuery("council=%zz")).isTrue();
        assertThat(PortalRequestFilter.controlCharactersInQuery("council=city&search=caf%C3%A9+and%09tea")).isFalse();
        assertThat(PortalRequestFilter.controlCharactersInQuery("id=5f4049ea-d9cf-4ce3-a0a1-fbab4278e10e&x=%2B")).isFalse();
        assertThat(PortalRequestFilter.controlCharactersInQuery(null)).isFalse();
    }

    @Test
    void aFormFieldOrItsNameHoldingANulIsRefusedAndANotesLinesAreNot() {
        assertThat(PortalRequestFilter.controlCharactersIn(java.util.Map.of("find:name", new String[] {"Ann\u0000Lee"}))).isTrue();
        assertThat(PortalRequestFilter.controlCharactersIn(java.util.Map.of("find:\u0007", new String[] {"Ann"}))).isTrue();
        assertThat(PortalRequestFilter.controlCharactersIn(java.util.Map.of("tags", new String[] {"a", "b\u001b"}))).isTrue();
        assertThat(PortalRequestFilter.controlCharactersIn(java.util.Map.of("note:text", new String[] {"Visited.\r\n\tAll well"},
                "jakarta.faces.ViewState", new String[] {"-123:456"}))).isFalse();
    }
}
