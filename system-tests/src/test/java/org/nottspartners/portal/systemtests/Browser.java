package org.nottspartners.portal.systemtests;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * A real headless Chromium (Debian's), driven by Selenium, for one test, and the only way the browser
 * tests touch a page.
 *
 * <p>Every method waits for what a user waits for, the way PrimeFaces' own Selenium support does
 * ({@code PrimeSelenium.guardHttp} and {@code guardAjax}): an action that loads a page marks the
 * document it leaves and returns only once a new, fully loaded document without the mark is there and
 * no PrimeFaces AJAX request is queued. Every read finds its element afresh inside a wait that ignores
 * an element replaced under it, so no test holds a {@link WebElement} across an action. There is no
 * sleep anywhere: only conditions.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Set on the page an action leaves; a new document does not have it. */
    private static final String MARK = "window.__portalLeaving";

    /** The page has loaded and PrimeFaces (where the page has it) has nothing in flight. */
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty())"
            + " && !(window.jQuery && jQuery.active > 0);";

    private final WebDriver driver;

    Browser() {
        try {
            ChromeOptions options = new ChromeOptions()
                    .setBinary("/usr/bin/chromium")
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--window-size=1280,900",
                            "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            driver = new ChromeDriver(service, options);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves what the page looks like, the whole page at the window's width, as PNG (for the screenshots in docs/):
     * Chromium's own full-page capture through the DevTools protocol.
     */
    void screenshot(java.nio.file.Path file) {
        try {
            Object height = js("return Math.ceil(document.documentElement.scrollHeight);");
            Object width = js("return Math.ceil(document.documentElement.clientWidth);");
            java.util.Map<String, Object> clip = java.util.Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
            java.util.Map<String, Object> shot = ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Page.captureScreenshot",
                    java.util.Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Clicks something that sends a file (a letter's PDF, a spreadsheet) and returns the file once Chromium has saved
     * it whole, into a folder of this test's own (the DevTools protocol's download behaviour).
     */
    java.nio.file.Path download(By target) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("portal-downloads");
            ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", folder.toString(), "eventsEnabled", true));
            click(target);
            return until(d -> {
                try (var files = java.nio.file.Files.list(folder)) {
                    return files.filter(p -> !p.getFileName().toString().endsWith(".crdownload")).findFirst()
                            .filter(p -> p.toFile().length() > 0).orElse(null);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Chooses a file for a file input, as a user picking it would. */
    void chooseFile(By input, java.nio.file.Path file) {
        until(d -> {
            d.findElement(input).sendKeys(file.toAbsolutePath().toString());
            return Boolean.TRUE;
        });
    }

    /** Makes the window this wide and high (a phone is 390 wide), the page then laid out again. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        awaitSettled();
    }

    /**
     * How far the page is wider than the window, in CSS pixels (0 when it fits): what a reader would have to scroll
     * sideways to see.
     */
    long sidewaysOverflow() {
        Object overflow = js("return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
        return ((Number) overflow).longValue();
    }

    /**
     * The elements of the page whose content is cut off sideways (wider than the element, which hides the rest), as
     * tag and text: what a reader cannot see at all.
     */
    List<String> clippedElements() {
        Object clipped = js("var out = []; document.querySelectorAll('main *').forEach(function (e) {"
                + " var s = getComputedStyle(e); if ((s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis')"
                + " && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) { out.push(e.tagName + ': ' + e.textContent.trim().substring(0, 40)); } });"
                + " return out;");
        List<String> found = new ArrayList<>();
        ((List<?>) clipped).forEach(o -> found.add(String.valueOf(o)));
        return found;
    }

    // ---- going somewhere ------------------------------------------------------------------------

    /** Opens an address and waits for the page to settle. */
    void open(String url) {
        driver.get(url);
        awaitSettled();
    }

    /** The browser's back button. */
    void back() {
        driver.navigate().back();
        awaitSettled();
    }

    /**
     * Opens a portal page and signs in on Keycloak's page as a demo user (password 'demo-password'); returns once
     * the portal's page (not Keycloak's, whose address also holds "/portal/") has loaded.
     */
    void signIn(String pageUrl, String username) {
        open(pageUrl);
        type(By.id("username"), username);
        type(By.id("password"), "demo-password");
        clickAndWait(By.id("kc-login"));
        until(d -> d.getCurrentUrl().startsWith(Deployments.PORTAL + "/") ? Boolean.TRUE : null);
        awaitSettled();
    }

    /** Waits until the browser is back on one of the portal's pages (after Keycloak's own pages), settled. */
    void awaitPortal() {
        until(d -> d.getCurrentUrl().startsWith(Deployments.PORTAL + "/") ? Boolean.TRUE : null);
        awaitSettled();
    }

    /**
     * Clicks something that loads a new page (a submit button, a link) and returns once the new page has
     * replaced the old one and settled (PrimeSelenium's guardHttp), so that what is read next is read from
     * the new page.
     */
    void clickAndWait(By target) {
        ((JavascriptExecutor) driver).executeScript(MARK + " = true;");
        until(d -> {
            d.findElement(target).click();
            return Boolean.TRUE;
        });
        until(d -> Boolean.TRUE.equals(js("return " + MARK + " !== true && document.readyState === 'complete';"))
                ? Boolean.TRUE : null);
        awaitSettled();
    }

    /** Clicks something that changes the page in place through PrimeFaces AJAX (PrimeSelenium's guardAjax). */
    void clickAjax(By target) {
        click(target);
        awaitSettled();
    }

    /** Clicks something that loads nothing (a radio button, a check box, a label). */
    void click(By target) {
        until(d -> {
            d.findElement(target).click();
            return Boolean.TRUE;
        });
    }

    // ---- filling in -----------------------------------------------------------------------------

    /** Types into a field after clearing what it held. */
    void type(By field, String text) {
        until(d -> {
            WebElement e = d.findElement(field);
            e.clear();
            e.sendKeys(text);
            return Boolean.TRUE;
        });
    }

    /** Types at the end of what a field holds. */
    void append(By field, String text) {
        until(d -> {
            d.findElement(field).sendKeys(text);
            return Boolean.TRUE;
        });
    }

    /** Chooses an option of a select by its value. */
    void select(By select, String value) {
        until(d -> {
            new Select(d.findElement(select)).selectByValue(value);
            return Boolean.TRUE;
        });
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The visible text of the first element found, found afresh (waits for it to be there). */
    String text(By target) {
        return until(d -> d.findElement(target).getText());
    }

    /** The page's main heading. */
    String heading() {
        return text(By.tagName("h1"));
    }

    /** What a form field holds now (its value property, not the attribute it was served with). */
    String value(By field) {
        return until(d -> String.valueOf(d.findElement(field).getDomProperty("value")));
    }

    /** An attribute of the first element found, as the page gives it (null when it has none). */
    String attribute(By target, String name) {
        return until(d -> java.util.Optional.ofNullable(d.findElement(target).getDomAttribute(name))).orElse(null);
    }

    /** The text of every element found, in page order (none is an empty list, not a wait). */
    List<String> texts(By target) {
        return until(d -> d.findElements(target).stream().map(WebElement::getText).toList());
    }

    /** One attribute of every element found, in page order. */
    List<String> attributes(By target, String name) {
        return until(d -> d.findElements(target).stream().map(e -> e.getDomAttribute(name)).toList());
    }

    /** How many elements the page has for this, now (no wait: for asserting that something is absent). */
    int count(By target) {
        return until(d -> d.findElements(target).size());
    }

    String currentUrl() {
        awaitSettled();
        return driver.getCurrentUrl();
    }

    String pageSource() {
        awaitSettled();
        return driver.getPageSource();
    }

    // ---- accessibility --------------------------------------------------------------------------

    /**
     * What both accessibility engines find wrong on the current page, one line each: axe-core's WCAG 2.2 AA
     * violations, then HTML_CodeSniffer's WCAG2AA errors (issue 21). HTML_CodeSniffer's warnings do not count
     * here; they are logged (and kept in {@link #htmlCodeSnifferWarnings()}).
     */
    List<String> accessibilityViolations() {
        List<String> found = new ArrayList<>(axeViolations());
        found.addAll(htmlCodeSnifferErrors());
        return found;
    }

    /** The WCAG 2.2 AA violations axe-core finds on the current page, one line each. */
    List<String> axeViolations() {
        awaitSettled();
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /**
     * The errors HTML_CodeSniffer (the pinned build on the test class path, see system-tests/a11y) finds on
     * the current page at WCAG2AA, one line each: code, message and the start of the element's HTML. Its
     * warnings on the same page are logged and kept for {@link #htmlCodeSnifferWarnings()}; its notices
     * (things to check by hand) are dropped.
     */
    List<String> htmlCodeSnifferErrors() {
        List<HtmlcsMessage> messages = htmlCodeSniffer();
        lastHtmlcsWarnings = messages.stream().filter(m -> m.type == HTMLCS_WARNING).map(HtmlcsMessage::toString).toList();
        if (!lastHtmlcsWarnings.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "HTML_CodeSniffer warnings on " + driver.getCurrentUrl() + ":\n  "
                    + String.join("\n  ", lastHtmlcsWarnings));
        }
        return messages.stream().filter(m -> m.type == HTMLCS_ERROR).map(HtmlcsMessage::toString).toList();
    }

    /** HTML_CodeSniffer's warnings on the page last checked by {@link #htmlCodeSnifferErrors()}. */
    List<String> htmlCodeSnifferWarnings() {
        return lastHtmlcsWarnings;
    }

    private static final System.Logger LOG = System.getLogger(Browser.class.getName());

    /** HTML_CodeSniffer's message types (HTMLCS.ERROR, HTMLCS.WARNING; 3 is a notice). */
    private static final int HTMLCS_ERROR = 1;
    private static final int HTMLCS_WARNING = 2;

    /** Where the build puts the engine (npm ci of system-tests/a11y, copied by the htmlcs profile). */
    private static final String HTMLCS_RESOURCE = "htmlcs/HTMLCS.js";

    /**
     * Runs the engine on the page as pa11y's runner does: HTMLCS.process('WCAG2AA', document, ...) and its
     * messages once it calls back. The script is injected only into a page that does not have it yet; it
     * is wrapped so that it always defines its globals on window (not as an AMD or CommonJS module).
     */
    private static final String HTMLCS_RUN = """
            var done = arguments[arguments.length - 1];
            function snippet(e) {
              if (!e) return '';
              if (e.nodeType === 9) return '(the document)';
              var html = (e.outerHTML || e.nodeName || '').replace(/\\s+/g, ' ');
              return html.length > 200 ? html.substring(0, 200) + '...' : html;
            }
            try {
              HTMLCS.process('WCAG2AA', document, function () {
                done(HTMLCS.getMessages().filter(function (m) { return m.type === 1 || m.type === 2; })
                    .map(function (m) { return { type: m.type, code: m.code, msg: m.msg, element: snippet(m.element) }; }));
              }, function () {
                done('HTML_CodeSniffer could not run on this page');
              }, 'en');
            } catch (e) {
              done('HTML_CodeSniffer failed: ' + e);
            }
            """;

    private List<String> lastHtmlcsWarnings = List.of();

    private List<HtmlcsMessage> htmlCodeSniffer() {
        awaitSettled();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!(window.HTMLCS && window.HTMLCS.process);"))) {
            js.executeScript("var define = undefined, module = undefined;\n(function () {\n" + htmlcsSource()
                    + "\n}).call(window);");
        }
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        Object answer = js.executeAsyncScript(HTMLCS_RUN);
        if (!(answer instanceof List<?> list)) {
            throw new IllegalStateException(String.valueOf(answer) + " (" + driver.getCurrentUrl() + ")");
        }
        List<HtmlcsMessage> messages = new ArrayList<>();
        for (Object o : list) {
            Map<?, ?> m = (Map<?, ?>) o;
            messages.add(new HtmlcsMessage(((Number) m.get("type")).intValue(), String.valueOf(m.get("code")),
                    String.valueOf(m.get("msg")), String.valueOf(m.get("element"))));
        }
        return messages;
    }

    private static String htmlcsSource;

    private static synchronized String htmlcsSource() {
        if (htmlcsSource == null) {
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(HTMLCS_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(HTMLCS_RESOURCE + " is not on the test class path: the build installs"
                            + " it with npm ci from system-tests/a11y (profile htmlcs, left out under -DskipTests)");
                }
                htmlcsSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return htmlcsSource;
    }

    /** One HTML_CodeSniffer message: its type, its code (standard, principle, guideline, technique), text, element. */
    private record HtmlcsMessage(int type, String code, String message, String element) {
        @Override
        public String toString() {
            return "htmlcs " + (type == HTMLCS_ERROR ? "error " : "warning ") + code + ": " + message + " at " + element;
        }
    }

    // ---- waiting --------------------------------------------------------------------------------

    private void awaitSettled() {
        until(d -> Boolean.TRUE.equals(js(SETTLED)) ? Boolean.TRUE : null);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /**
     * Waits until the step answers something other than null or false, trying it again whenever an
     * element it used was replaced or is not there yet. Chromium sometimes answers a look at a node of a
     * page being replaced with "does not belong to the document" rather than as a stale element; both
     * mean "look again".
     */
    private <T> T until(Function<WebDriver, T> step) {
        return new FluentWait<>(driver)
                .withTimeout(PATIENCE)
                .pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .ignoring(ReplacedNode.class)
                .until(d -> {
                    try {
                        return step.apply(d);
                    } catch (WebDriverException e) {
                        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                            throw new ReplacedNode(e);
                        }
                        throw e;
                    }
                });
    }

    /** A node of a page being replaced: look again. */
    private static final class ReplacedNode extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReplacedNode(Throwable cause) {
            super(cause);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
