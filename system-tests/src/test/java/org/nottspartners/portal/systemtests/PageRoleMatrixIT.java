package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.core.access.FamilyRecordAccess;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.PortalModule;

/**
 * Every page against every role, each role signed in through Keycloak's own page (issue 11 §4): a role
 * opens a page exactly when the declaration the API uses allows it ({@link FamilyRecordAccess} for the
 * family record, the module's own page roles, administration for administrators), and any other page
 * answers 404, as if it were not there. A council administrator or the performance team cannot search
 * for, open or change a child's record through the pages any more than through the API.
 */
@ExtendWith(ArquillianExtension.class)
class PageRoleMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    /**
     * A form posted with a page state the portal never gave (forged, or long expired) is the sender's page
     * that cannot be used: a 400 page in plain words, not a server error (issue 11 §7).
     */
    @Test
    void aFormWithAForgedPageStateIsA400PageNotAServerError() {
        PageSession casey = PageSession.signIn("casey.city");
        HttpResponse<String> find = casey.get(Deployments.PORTAL + "/city/people/find.xhtml");
        assertThat(find.statusCode()).isEqualTo(200);
        HttpResponse<String> forged = casey.post(searchFormAction(find), Map.of(
                "find", "find", "find:name", "Ann Lee", "find:search", "", "jakarta.faces.ViewState", "-1234567890:forged"));
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(forged.body()).contains("This page could not be used", "nothing has been saved");
    }

    /**
     * A NUL pasted into a page's form (wapiti sent them in addresses; a form's fields reach the same lookups): the
     * portal's 400 page, nothing looked up or saved, never a 500 (issue 27).
     */
    @Test
    void aFormHoldingANulIsA400PageNotAServerError() {
        PageSession casey = PageSession.signIn("casey.city");
        HttpResponse<String> find = casey.get(Deployments.PORTAL + "/city/people/find.xhtml");
        String action = searchFormAction(find);
        Map<String, String> form = asABrowserPostsIt(find);
        form.putAll(Map.of("find", "find", "find:name", "Ann\u0000Lee", "find:search", ""));
        HttpResponse<String> posted = casey.post(action, form);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(400);
        assertThat(posted.body()).contains("This page could not be used", "nothing has been saved");
    }

    /** Where the people search's form posts to, as the page gives it. */
    private static String searchFormAction(HttpResponse<String> page) {
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("<form id=\"find\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        assertThat(action.find()).as("the search form").isTrue();
        pageState(page);
        return "http://127.0.0.1:8080" + action.group(1).replace("&amp;", "&");
    }

    /** The page state a form carries. */
    private static String pageState(HttpResponse<String> page) {
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(state.find()).as("the page state").isTrue();
        return state.group(1);
    }

    /**
     * The fields a browser posts with a page's form besides those typed: every hidden field (the page state) and the
     * page's CSP nonce, which PrimeFaces' script adds to each form as the page loads ({@code primefaces.nonce}).
     */
    private static Map<String, String> asABrowserPostsIt(HttpResponse<String> page) {
        Map<String, String> form = new java.util.HashMap<>();
        java.util.regex.Matcher hidden = java.util.regex.Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(page.body());
        while (hidden.find()) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                form.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"").matcher(page.body());
        assertThat(nonce.find()).as("the page's nonce").isTrue();
        form.put("primefaces.nonce", nonce.group(1));
        return form;
    }

    /**
     * A form posted with its real page state but without the CSP nonce PrimeFaces' script adds to every form (a client
     * that runs no script): the portal's 400 page, nothing saved, not the 500 it was.
     */
    @Test
    void aFormPostedWithoutItsNonceIsA400PageNotAServerError() {
        PageSession casey = PageSession.signIn("casey.city");
        HttpResponse<String> find = casey.get(Deployments.PORTAL + "/city/people/find.xhtml");
        String action = searchFormAction(find);
        HttpResponse<String> posted = casey.post(action, Map.of(
                "find", "find", "find:name", "Ann Lee", "find:search", "", "jakarta.faces.ViewState", pageState(find)));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(400);
        assertThat(posted.body()).contains("This page could not be used", "nothing has been saved");
    }

    /**
     * A plain form post (a browser names no charset) is read as UTF-8: a search typed with accents finds the person
     * recorded with them. The pages' filter reads posted fields before Faces does; without the application's request
     * encoding that read decoded the form as ISO-8859-1, and "Zoë" reached the search, and any record saved from such a
     * form, as "ZoÃ«" (found by review, issue 27).
     */
    @Test
    void aFormPostedWithoutACharsetKeepsItsAccents() {
        String family = "Brontë" + TestNames.unique("");
        HttpResponse<String> recorded = Api.post("/city/people", Api.token("casey.city"), "{\"givenName\":\"Zoë\",\"familyName\":\""
                + family + "\",\"dateOfBirth\":\"2014-03-02\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        PageSession casey = PageSession.signIn("casey.city");
        HttpResponse<String> find = casey.get(Deployments.PORTAL + "/city/people/find.xhtml");
        String action = searchFormAction(find);
        Map<String, String> form = asABrowserPostsIt(find);
        form.putAll(Map.of("find", "find", "find:name", "Zoë " + family, "find:search", ""));
        HttpResponse<String> found = casey.post(action, form);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        String page = found.body().replace("&euml;", "\u00eb").replace("&#235;", "\u00eb");
        assertThat(page).as("the person found, under the name recorded").contains("People who may match", "Zoë " + family)
                .doesNotContain("Ã«");
    }

    /**
     * An address that starts in the public part and climbs out of it (a dot-dot, a path parameter, an escaped dot) opens
     * no council page: the public part is judged on the address the server resolves, not on the text sent (issue 27;
     * before, each of these opened the people search or the clocks outside any council).
     */
    @Test
    void anAddressClimbingOutOfThePublicPartOpensNoCouncilPage() {
        PageSession casey = PageSession.signIn("casey.city");
        List<String> opened = new ArrayList<>();
        for (String sneaky : List.of("/find-a-service/../people/find.xhtml", "/find-a-service/..;/people/find.xhtml",
                "/resources/../people/find.xhtml", "/find-a-service/%2e%2e/people/find.xhtml", "/find-a-service/.%2e/clocks/index.xhtml")) {
            HttpResponse<String> r = casey.get(Deployments.PORTAL + sneaky);
            // refused, or sent on to a council's own address, where the council and the page are checked
            boolean refused = r.statusCode() == 400 || r.statusCode() == 404;
            if (!refused && !(r.statusCode() == 200 && r.uri().getPath().startsWith("/portal/city/"))) {
                opened.add(sneaky + ": " + r.statusCode() + " " + r.uri());
            }
        }
        assertThat(opened).isEmpty();
    }

    /**
     * A return to the sign-in callback with a code and state the portal never asked for (an old bookmark, a
     * forged link) lands on a page that says signing in did not finish, not on the container's empty 500 (issue 11 §7).
     */
    @Test
    void aForgedReturnFromTheSignInPageIsExplainedNotAServerError() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        HttpResponse<String> back = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                Deployments.PORTAL + "/callback?code=forged-code&state=forged-state")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/sign-in-failed.xhtml"));
        HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                Deployments.PORTAL + "/sign-in-failed.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Signing in did not finish", "Sign in again");
    }

    /**
     * What every page must be sent with (issue 11 §7): not kept by the browser, no content guessing, no address
     * leaked to other sites, and a Content Security Policy under which only the portal's own files and the
     * scripts carrying this page's nonce run (PrimeFaces' CSP mode), so nothing injected into a page can run.
     */
    static List<String> unprotected(String what, HttpResponse<String> page) {
        List<String> wrong = new ArrayList<>();
        var h = page.headers();
        if (!h.allValues("Cache-Control").contains("no-store")) {
            wrong.add(what + ": Cache-Control " + h.allValues("Cache-Control"));
        }
        if (!h.allValues("X-Content-Type-Options").contains("nosniff")) {
            wrong.add(what + ": no X-Content-Type-Options nosniff");
        }
        if (h.firstValue("Referrer-Policy").isEmpty()) {
            wrong.add(what + ": no Referrer-Policy");
        }
        List<String> policies = h.allValues("Content-Security-Policy");
        if (policies.stream().noneMatch(p -> p.contains("default-src 'self'") && p.contains("frame-ancestors 'none'")
                && p.contains("object-src 'none'"))) {
            wrong.add(what + ": no default-src/object-src/frame-ancestors policy in " + policies);
        }
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'")
                .matcher(String.join(" , ", policies));
        if (!nonce.find()) {
            wrong.add(what + ": scripts not limited to the page's nonce: " + policies);
            return wrong;
        }
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        while (script.find()) {
            if (!script.group(1).contains("nonce=\"" + nonce.group(1) + "\"")) {
                wrong.add(what + ": an inline script without the page's nonce: <script" + script.group(1) + ">");
            }
        }
        java.util.regex.Matcher handler = java.util.regex.Pattern.compile("\\s(on[a-z]+)=\"").matcher(page.body());
        if (handler.find()) {
            wrong.add(what + ": an inline event handler " + handler.group(1) + " the policy would block");
        }
        return wrong;
    }

    /**
     * Issue 16: a member of the public (no council role) opens the public's pages in either council and nothing of a
     * council's own: every staff page answers 404, as a council they do not work for.
     */
    @Test
    void aMemberOfThePublicOpensOnlyThePublicsPages() {
        PageSession pip = PageSession.signIn("pip.public");
        String personId = (String) Api.createPerson("county", Api.token("morgan.county"), "Publicmatrix", "Subject").get("id");
        List<String> wrong = new ArrayList<>();
        HttpResponse<String> home = pip.get(Deployments.PORTAL + "/");
        if (!home.uri().toString().endsWith("/portal/apply.xhtml")) {
            wrong.add("the home page led to " + home.uri());
        }
        // the services directory's public search (issue 19), signed in as a member of the public or not signed in at all
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : List.of("/find-a-service/index.xhtml", "/find-a-service/index.xhtml?council=city&search=hub",
                "/find-a-service/index.xhtml?council=county&age=7")) {
            HttpResponse<String> signedIn = pip.get(Deployments.PORTAL + page);
            HttpResponse<String> stranger;
            try {
                stranger = anonymous.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.PORTAL + page)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            for (HttpResponse<String> r : List.of(signedIn, stranger)) {
                if (r.statusCode() != 200) {
                    wrong.add(page + ": " + r.statusCode() + (r == stranger ? " without signing in" : ""));
                } else {
                    wrong.addAll(unprotected(page, r));
                }
            }
        }
        // a NUL in an address (wapiti's payloads end with one): 400, as the API answers it, never a 500 (issue 27)
        for (String page : List.of("/find-a-service/index.xhtml?council=%2Fe%00", "/find-a-service/service.xhtml?council=city%00&id=x",
                "/find-a-service/index.xhtml?council=city&search=hub%00")) {
            try {
                int status = anonymous.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.PORTAL + page)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 400) {
                    wrong.add(page + ": " + status + " where 400 was due");
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        HttpResponse<String> nul = pip.get(Deployments.PORTAL + "/county/licensing/apply.xhtml?id=%00");
        if (nul.statusCode() != 400) {
            wrong.add("a signed-in page with a NUL in its address: " + nul.statusCode() + " where 400 was due");
        }
        for (String council : List.of("city", "county")) {
            for (String page : List.of("/licensing/apply.xhtml")) {
                HttpResponse<String> r = pip.get(Deployments.PORTAL + "/" + council + page);
                if (r.statusCode() != 200) {
                    wrong.add(council + page + ": " + r.statusCode());
                } else {
                    wrong.addAll(unprotected(council + page, r));
                }
            }
            List<String> staffPages = new ArrayList<>(List.of("/index.xhtml", "/people/find.xhtml", "/people/person.xhtml?id=" + personId,
                    "/admin/modules.xhtml", "/admin/calendar.xhtml", "/clocks/index.xhtml", "/directory/index.xhtml", "/licensing/index.xhtml",
                    "/licensing/application.xhtml", "/licensing/school-views.xhtml", "/licensing/task-row.xhtml"));
            for (PortalModule module : PortalClasses.moduleDescriptors()) {
                staffPages.add("/" + module.id() + "/index.xhtml");
            }
            for (String page : staffPages) {
                HttpResponse<String> r = pip.get(Deployments.PORTAL + "/" + council + page);
                if (r.statusCode() != 404) {
                    wrong.add(council + page + ": " + r.statusCode() + " to a member of the public");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPageOpensForExactlyTheRolesItsDeclarationAllows() {
        String personId = (String) Api.createPerson("city", Api.token("casey.city"), "Pagematrix", "Subject").get("id");
        Set<String> switchedOn = Set.copyOf(Api.jsonArray(Api.get("/city/modules", Api.token("casey.city")).body())
                .stream().map(m -> (String) m.get("id")).toList());

        Map<String, Predicate<Set<PortalRole>>> pages = new LinkedHashMap<>();
        pages.put("/city/index.xhtml", roles -> !roles.isEmpty());
        pages.put("/city/people/find.xhtml", FamilyRecordAccess.FIND::allows);
        // a person council staff recorded: partners may not open it (RULES.md §2; FamilyRecordIT shows when they may)
        pages.put("/city/people/person.xhtml?id=" + personId, PersonRecordAccess::seesEveryRecord);
        pages.put("/city/people/edit.xhtml?id=" + personId, FamilyRecordAccess.CHANGE::allows);
        pages.put("/city/admin/modules.xhtml", roles -> roles.contains(PortalRole.TENANT_ADMIN));
        pages.put("/city/admin/calendar.xhtml", roles -> roles.contains(PortalRole.TENANT_ADMIN));
        pages.put("/city/clocks/index.xhtml", StandardClocks::isStaff);
        // the services directory's staff pages (issue 19): everyone working in the council but members of the public
        Predicate<Set<PortalRole>> directoryReader = roles -> PortalRole.anyIs(roles, PortalRole.Kind.COUNCIL_STAFF)
                || PortalRole.anyIs(roles, PortalRole.Kind.PARTNER) || PortalRole.anyIs(roles, PortalRole.Kind.ADMINISTRATOR)
                || PortalRole.anyIs(roles, PortalRole.Kind.PERFORMANCE);
        pages.put("/city/directory/index.xhtml", directoryReader);
        pages.put("/city/directory/service.xhtml", directoryReader);
        for (PortalModule module : PortalClasses.moduleDescriptors()) {
            for (String page : List.of("index.xhtml", "refer.xhtml", "my-referrals.xhtml", "cases.xhtml", "teams.xhtml")) {
                if (module.id().equals("early-help") || page.equals("index.xhtml")) {
                    Set<PortalRole> allowed = module.rolesFor(page);
                    boolean on = switchedOn.contains(module.id());
                    pages.put("/city/" + module.id() + "/" + page, roles -> on && roles.stream().anyMatch(allowed::contains));
                }
            }
        }

        List<String> wrong = new ArrayList<>();
        int checks = 0;
        for (PortalRole role : PortalClasses.roles()) {
            String name = "city:" + role.tokenName();
            KeycloakAdmin.ensureRole(name);
            KeycloakAdmin.ensureUser("only-" + role.tokenName() + ".city", List.of(name));
            PageSession session = PageSession.signIn("only-" + role.tokenName() + ".city");
            for (Map.Entry<String, Predicate<Set<PortalRole>>> page : pages.entrySet()) {
                boolean allowed = page.getValue().test(Set.of(role));
                HttpResponse<String> r = session.get(Deployments.PORTAL + page.getKey());
                checks++;
                boolean opened = r.statusCode() == 200 && r.uri().toString().startsWith(Deployments.PORTAL + "/");
                if (opened != allowed) {
                    wrong.add(role + " " + page.getKey() + ": expected " + (allowed ? "to open" : "404") + ", got "
                            + r.statusCode() + " at " + r.uri());
                } else if (!allowed && r.statusCode() != 404) {
                    wrong.add(role + " " + page.getKey() + ": refused with " + r.statusCode() + ", not 404");
                } else if (opened) {
                    wrong.addAll(unprotected(role + " " + page.getKey(), r));
                }
            }
            // issue 14: the services menu offers only links the role can open
            HttpResponse<String> home = session.get(Deployments.PORTAL + "/city/index.xhtml");
            java.util.regex.Matcher menu = java.util.regex.Pattern.compile("<nav class=\"portal-menu\"[\\s\\S]*?</nav>").matcher(home.body());
            if (home.statusCode() == 200 && menu.find()) {
                java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(menu.group());
                while (link.find()) {
                    String href = link.group(1).replace("&amp;", "&");
                    HttpResponse<String> r = session.get("http://127.0.0.1:8080" + href);
                    checks++;
                    if (r.statusCode() != 200 || !r.uri().toString().startsWith(Deployments.PORTAL + "/")) {
                        wrong.add(role + ": the menu offers " + href + ", which answers " + r.statusCode() + " at " + r.uri());
                    }
                }
            }
        }
        System.out.println("page role matrix: " + checks + " page openings by " + PortalClasses.roles().size() + " roles, "
                + wrong.size() + " wrong");
        assertThat(wrong).isEmpty();
        assertThat(checks).isGreaterThanOrEqualTo(PortalClasses.roles().size() * 10);
    }
}
