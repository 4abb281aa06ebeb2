package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster's fault drill (issue 27 §2-3), run against the cluster profile while it runs ({@code .ci/cluster-drill}):
 * <ol>
 * <li>a case worker signs in to the pages through nginx; their session is on the instance its cookie names;</li>
 * <li>a module switched off through the load balancer stops answering on each instance at once (the council cache is
 * dropped everywhere when the change commits), and comes back when switched on;</li>
 * <li>writers create people through nginx for a while; the instance holding the case worker's session is killed
 * outright (SIGKILL) in the middle; the writers go on against the other. Every write the portal acknowledged (201
 * with the record's id) must be in the database afterwards;</li>
 * <li>a form posted in the lost session is answered "not saved" (409); the case worker's next page signs them in again
 * on the other instance through Keycloak's single sign-on, without a password;</li>
 * <li>Keycloak is killed: a new visitor gets "sign-in is unavailable" (503), the signed-in case worker keeps working,
 * and the API keeps answering a token it was given before.</li>
 * </ol>
 * Prints one line per part, and {@code failover: <requests> requests, <errors> errors, <lost> lost writes}; ends
 * non-zero when any part fails.
 */
public final class FailoverDrill {

    private static final String PORTAL = "http://127.0.0.1:8080";

    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FailoverDrill() {
    }

    public static void main(String[] args) throws Exception {
        int writers = Integer.getInteger("drill.writers", 8);
        int seconds = Integer.getInteger("drill.seconds", 30);
        boolean ok = new FailoverDrill().run(writers, seconds);
        System.exit(ok ? 0 : 1);
    }

    private boolean run(int writers, int seconds) throws Exception {
        boolean ok = true;
        LoopbackCookies cookies = new LoopbackCookies();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        DemoSignIn.pages(browser, PORTAL, "casey.city");
        String session = cookies.value("JSESSIONID").orElse("");
        String holder = session.substring(session.lastIndexOf('.') + 1);
        boolean named = PayaraCluster.INSTANCES.contains(holder) && homeNames(browser, PORTAL + "/portal/city/index.xhtml", "Casey");
        System.out.println("sessions: the case worker signed in through nginx; their session is on "
                + (named ? holder : "NO NAMED INSTANCE (session cookie '" + session + "')"));
        ok &= named;

        ok &= switchSeenEverywhere();
        ok &= trustThroughTheBalancer(browser);

        String token = DemoSignIn.token("casey.city");
        String victimName = named ? holder : PayaraCluster.INSTANCES.get(0); // the instance holding the case worker's session
        Writes failover = writes(token, writers, seconds, () -> {
            ProcessHandle victim = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains("/nodes/localhost-" + PayaraDomain.DOMAIN + "/" + victimName + "/"))
                    .filter(p -> p.info().commandLine().orElse("").contains("java"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No process of instance " + victimName));
            victim.destroyForcibly();
            System.out.println("killed instance " + victimName + " (process " + victim.pid() + ") with SIGKILL");
        });
        System.out.printf("failover: %d requests, %d errors, %d lost writes%n", failover.requests(), failover.errors(), failover.lost());
        ok &= failover.lost() == 0;

        Writes restart = writes(token, writers, seconds, FailoverDrill::restartPostgres);
        System.out.printf("postgres restart: %d requests, %d answered as failed, %d lost writes; the first write sent after the"
                + " database was back succeeded %.1f s later%n", restart.requests(), restart.errors(), restart.lost(),
                restart.recoveredAfter() / 1000.0);
        ok &= restart.lost() == 0 && restart.recoveredAfter() >= 0;

        // a form posted in the lost session: answered "not saved", not taken to the home page without a word
        int posted = api.send(HttpRequest.newBuilder(URI.create(PORTAL + "/portal/city/index.xhtml")).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("typed=before+the+kill")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        // the next page: signed in again on the other instance through Keycloak's single sign-on, no password typed
        boolean kept = homeNames(browser, PORTAL + "/portal/city/index.xhtml", "Casey");
        System.out.println("sessions: after the kill, a form posted in the lost session was answered " + posted
                + (posted == 409 ? " (not saved, and said so)" : " (NOT 409)") + "; the next page "
                + (kept ? "signed the case worker in again through single sign-on, no password asked" : "ASKED FOR A PASSWORD OR FAILED"));
        kept &= posted == 409;
        boolean keycloak = keycloakDown(browser, token);
        return ok && kept && keycloak;
    }

    /**
     * Keycloak stopped (SIGKILL): a new visitor gets the portal's "sign-in is unavailable" page (503), the signed-in case
     * worker keeps working, the API goes on answering a token it was given before, and a token it cannot check now (signed
     * with a key it has never seen, which it would have to fetch from Keycloak) is answered 503, not 401.
     */
    private boolean keycloakDown(HttpClient browser, String token) throws IOException, InterruptedException {
        ProcessHandle keycloak = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("io.quarkus.bootstrap.runner.QuarkusEntryPoint")
                        || p.info().commandLine().orElse("").contains("quarkus-run.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No Keycloak process found"));
        keycloak.destroyForcibly();
        keycloak.onExit().join();
        Thread.sleep(6_000); // the portal keeps its answer to "does the sign-in service answer?" for 5 s
        HttpResponse<String> visitor = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PORTAL + "/portal/")).build(),
                HttpResponse.BodyHandlers.ofString());
        boolean told = visitor.statusCode() == 503 && visitor.body().contains("Sign-in is unavailable");
        boolean working = homeNames(browser, PORTAL + "/portal/city/index.xhtml", "Casey");
        int api = send("GET", PORTAL + "/portal-api/api/me", token, null);
        int unchecked = send("GET", PORTAL + "/portal-api/api/me", withUnknownKey(token), null);
        System.out.printf("keycloak down: a new visitor %s; the signed-in case worker %s; the API answered a token given before %d,"
                        + " and a token signed with a key it has never seen (it cannot fetch keys now) %d%n",
                told ? "gets 503 \"Sign-in is unavailable\"" : "got " + visitor.statusCode() + " (NOT the unavailable page)",
                working ? "keeps working" : "WAS STOPPED", api, unchecked);
        return told && working && api == 200 && unchecked == 503;
    }

    /** The token with its header naming a signing key the sign-in service never had. */
    private static String withUnknownKey(String token) {
        String[] parts = token.split("\\.");
        String header = new String(java.util.Base64.getUrlDecoder().decode(parts[0]), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"kid\"\\s*:\\s*\"[^\"]*\"", "\"kid\":\"never-issued-" + java.util.UUID.randomUUID() + "\"");
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }

    /** What a write load did: requests sent, answered as failed, acknowledged but not in the database; ms to recover. */
    private record Writes(int requests, int errors, int lost, long recoveredAfter) {
    }

    /**
     * Writers create people through nginx for the given time; a third of the way in, the fault happens. Every person the
     * portal acknowledged (201 with its id) is then looked for in the database. {@code recoveredAfter}: how long after
     * the fault was over (the instance gone, the database back) a write sent then succeeded (-1: none did).
     */
    private Writes writes(String token, int writers, int seconds, Runnable fault) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicLong faultAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        java.util.concurrent.atomic.AtomicLong recovered = new java.util.concurrent.atomic.AtomicLong(-1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    requests.incrementAndGet();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create(PORTAL + "/portal-api/api/city/people"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"givenName\":\"Drill\",\"familyName\":\"Fault"
                                        + run + "w" + writer + "n" + n + "\",\"dateOfBirth\":\"2015-03-0" + (1 + n % 9)
                                        + "\",\"kind\":\"CHILD\"}")).build(), HttpResponse.BodyHandlers.ofString());
                        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(r.body());
                        if (r.statusCode() == 201 && id.find()) {
                            acknowledged.add(id.group(1));
                            if (sent > faultAt.get()) {
                                recovered.compareAndSet(-1, (sent - faultAt.get()) / 1_000_000);
                            }
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        try {
            Thread.sleep(seconds * 1000L / 3);
            fault.run();
            faultAt.set(System.nanoTime()); // the fault is done (the instance gone, the database back): time to recover from here
            Thread.sleep(seconds * 1000L * 2 / 3);
        } finally {
            stop.set(true); // the writers stop however the fault went
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        int found = 0;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5433/portal", PortalDatabase.OWNER,
                PortalDatabase.OWNER); PreparedStatement ps = c.prepareStatement("select count(*) from core_person where id = ?::uuid")) {
            for (String id : acknowledged) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    found += rs.getInt(1);
                }
            }
        }
        return new Writes(requests.get(), errors.get(), acknowledged.size() - found, recovered.get());
    }

    /**
     * Has the cluster launcher restart its PostgreSQL (stopped, then started again on the same data), waiting until it
     * is back: the launcher owns the database server, so the drill leaves it a file asking for the restart
     * ({@link ClusterLauncher#RESTART_POSTGRES}) in the run folder ({@code drill.run-dir}, the cluster's by default).
     */
    private static void restartPostgres() {
        java.nio.file.Path run = java.nio.file.Path.of(System.getProperty("drill.run-dir", ".run-cluster")).toAbsolutePath();
        java.nio.file.Path done = run.resolve(ClusterLauncher.RESTART_POSTGRES + ".done");
        try {
            java.nio.file.Files.deleteIfExists(done);
            java.nio.file.Files.writeString(run.resolve(ClusterLauncher.RESTART_POSTGRES), "asked by the fault drill");
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!java.nio.file.Files.exists(done)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL was not restarted within 2 minutes (is the cluster profile running?)");
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.println("restarted PostgreSQL under the write load");
    }

    /**
     * The trust fixes' checks, through nginx (issue 27 §6): the security headers of a page and of the API arrive as the
     * portal sends them, nothing names the servers behind (the balancer's own {@code Server: nginx} carries no version),
     * and bad input is refused with a problem body, never a 500: a body over 1 MB (413), a NUL in a query value, a
     * number that is not one, a body that is not JSON (400).
     */
    private boolean trustThroughTheBalancer(HttpClient browser) throws IOException, InterruptedException {
        String token = DemoSignIn.token("casey.city");
        java.util.List<String> wrong = new java.util.ArrayList<>();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(PORTAL + "/portal/city/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> me = api.send(HttpRequest.newBuilder(URI.create(PORTAL + "/portal-api/api/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> r : java.util.List.of(page, me)) {
            String what = r == page ? "the page" : "the API";
            java.net.http.HttpHeaders h = r.headers();
            if (r.statusCode() != 200) {
                wrong.add(what + " answered " + r.statusCode());
            }
            if (!h.firstValue("X-Content-Type-Options").orElse("").equalsIgnoreCase("nosniff")) {
                wrong.add(what + ": no X-Content-Type-Options: nosniff");
            }
            if (!h.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors")) {
                wrong.add(what + ": no Content-Security-Policy with frame-ancestors");
            }
            if (h.firstValue("Referrer-Policy").isEmpty()) {
                wrong.add(what + ": no Referrer-Policy");
            }
            if (h.firstValue("X-Powered-By").isPresent() || !h.firstValue("Server").orElse("nginx").equals("nginx")) {
                wrong.add(what + " names its servers: " + h.firstValue("X-Powered-By").orElse("") + " " + h.firstValue("Server").orElse(""));
            }
        }
        if (!me.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
            wrong.add("the API's answer may be cached (no Cache-Control: no-store)");
        }
        String people = PORTAL + "/portal-api/api/city/people";
        java.util.Map<String, HttpRequest> bad = new java.util.LinkedHashMap<>();
        bad.put("a body over 1 MB", HttpRequest.newBuilder(URI.create(people)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"givenName\":\""
                        + "x".repeat(1_100_000) + "\"}")).build());
        bad.put("a NUL in a query value", HttpRequest.newBuilder(URI.create(people + "?q=a%00b")).header("Authorization", "Bearer " + token)
                .build());
        bad.put("a number that is not one", HttpRequest.newBuilder(URI.create(people + "?q=a&max=abc"))
                .header("Authorization", "Bearer " + token).build());
        bad.put("a body that is not JSON", HttpRequest.newBuilder(URI.create(people)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"givenName\": ")).build());
        java.util.List<String> answers = new java.util.ArrayList<>();
        for (var b : bad.entrySet()) {
            HttpResponse<String> r = api.send(b.getValue(), HttpResponse.BodyHandlers.ofString());
            boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            answers.add(String.valueOf(r.statusCode()));
            if (r.statusCode() / 100 != 4 || !problem) {
                wrong.add(b.getKey() + " was answered " + r.statusCode() + (problem ? "" : " without a problem body"));
            }
        }
        System.out.println("trust through nginx: the security headers of a page and of the API " + (wrong.isEmpty() ? "arrive" : "DO NOT")
                + ", nothing names the servers behind; bad input refused with a problem body: " + String.join(", ", answers)
                + (wrong.isEmpty() ? "" : "; WRONG: " + String.join("; ", wrong)));
        return wrong.isEmpty();
    }

    /** A module switched off through nginx answers 404 on every instance at once, and 200 again once switched on. */
    private boolean switchSeenEverywhere() throws IOException, InterruptedException {
        String admin = DemoSignIn.token("ada.cityadmin");
        String casey = DemoSignIn.token("casey.city");
        boolean everywhere = true;
        try {
            send("PUT", PORTAL + "/portal-api/api/city/admin/modules/housing", admin, "{\"enabled\":false}");
            for (int n = 0; n < PayaraCluster.INSTANCES.size(); n++) {
                everywhere &= send("GET", "http://127.0.0.1:" + PayaraCluster.httpPort(n) + "/portal-api/api/city/housing", casey, null) == 404;
            }
        } finally {
            send("PUT", PORTAL + "/portal-api/api/city/admin/modules/housing", admin, "{\"enabled\":true}");
        }
        for (int n = 0; n < PayaraCluster.INSTANCES.size(); n++) {
            everywhere &= send("GET", "http://127.0.0.1:" + PayaraCluster.httpPort(n) + "/portal-api/api/city/housing", casey, null) == 200;
        }
        System.out.println("cache: a module switched off through nginx " + (everywhere ? "answered 404 on both instances at once"
                : "was STILL ANSWERING on an instance") + ", and 200 once switched on");
        return everywhere;
    }

    private int send(String method, String url, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return api.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean homeNames(HttpClient browser, String url, String name) {
        try {
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            return DemoSignIn.signedInPage(r) && r.body().contains(name);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }


}
