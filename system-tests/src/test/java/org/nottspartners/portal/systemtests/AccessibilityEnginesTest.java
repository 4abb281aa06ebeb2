package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both accessibility engines of the browser tests (axe-core and HTML_CodeSniffer, issue 21) on two static
 * pages in headless Chromium, without the portal: a page with known WCAG failures must fail, a clean page
 * must pass. Guards the wiring (the pinned HTMLCS.js on the class path, its injection, the asynchronous run
 * and what counts as a failure) that every browser test relies on.
 */
class AccessibilityEnginesTest {

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void htmlCodeSnifferReportsAFormWithoutSubmitButtonAndAnImageWithoutAltAsErrors() {
        browser.open(page("broken.html"));

        assertThat(browser.htmlCodeSnifferErrors())
                .anySatisfy(e -> assertThat(e).contains("3_2_2.H32.2").contains("<form id=\"letters\""))
                .anySatisfy(e -> assertThat(e).contains("1_1_1.H37").contains("<img id=\"logo\""))
                .allSatisfy(e -> assertThat(e).startsWith("htmlcs error WCAG2AA."));
        assertThat(browser.htmlCodeSnifferWarnings())
                .anySatisfy(w -> assertThat(w).contains("H39.3.NoCaption").contains("<table id=\"people\""))
                .allSatisfy(w -> assertThat(w).startsWith("htmlcs warning WCAG2AA."));
        assertThat(browser.accessibilityViolations())
                .anySatisfy(v -> assertThat(v).startsWith("image-alt:"))
                .anySatisfy(v -> assertThat(v).contains("3_2_2.H32.2"));
    }

    @Test
    void aCleanPagePassesBothEngines() {
        browser.open(page("clean.html"));

        assertThat(browser.accessibilityViolations()).isEmpty();
        assertThat(browser.htmlCodeSnifferWarnings()).isEmpty();
    }

    private static String page(String name) {
        try {
            return Objects.requireNonNull(AccessibilityEnginesTest.class.getResource("/a11y-pages/" + name), name)
                    .toURI().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
