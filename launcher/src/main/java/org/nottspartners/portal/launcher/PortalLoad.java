package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the whole portal on the cluster (issue 27 §4), run against the cluster profile while it runs
 * ({@code .ci/portal-load}): staff users across early help and every module, on pages (signed in through Keycloak, with
 * their session) and on the API (with their token), and one write (a case note) among the reads; first through a
 * balancer that has one instance, then through the cluster's nginx with both. Each request's CPU cost is measured from
 * the servers' own counters ({@link ServerCpu}); then the saturation throughput of the busiest page against a trivial
 * endpoint of the same instance in the same run. Prints
 * {@code portal load: 1 instance p95 ms <x> errors <e>; 2 instances p95 ms <y> errors <f>; CPU ms per request <c>}
 * and the saturation line; ends non-zero when the target (p95 at most 150 ms, no errors) is missed on either.
 */
public final class PortalLoad {

    private static final String PORTAL = "http://127.0.0.1:8080";
    /** A second nginx, in front of the first instance only: the same path for the one-instance run. */
    private static final int ONE_INSTANCE_PORT = 8091;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** The pages each user keeps open, and the API calls their tools make. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();
    private static final Map<String, List<String>> API = new LinkedHashMap<>();
    /** The busiest page: early help's team dashboard, which every team manager keeps open. */
    static final String BUSIEST_PAGE = "/portal/city/early-help/index.xhtml";
    static final String TRIVIAL = "/portal-api/open/city/";

    static {
        PAGES.put("tess.citymanager", List.of(BUSIEST_PAGE, "/portal/city/early-help/cases.xhtml", "/portal/city/clocks/index.xhtml"));
        PAGES.put("casey.city", List.of("/portal/city/index.xhtml", "/portal/city/people/find.xhtml"));
        PAGES.put("alex.attendance", List.of("/portal/city/attendance/index.xhtml"));
        PAGES.put("lou.licensing", List.of("/portal/city/licensing/index.xhtml"));
        PAGES.put("hana.cityhousing", List.of("/portal/city/housing/index.xhtml"));
        PAGES.put("robin.performance", List.of("/portal/city/troubled-families/index.xhtml"));
        PAGES.put("morgan.county", List.of("/portal/county/early-help/index.xhtml", "/portal/county/index.xhtml"));
        API.put("tess.citymanager", List.of("/portal-api/api/city/early-help/dashboard?team=city-hub-bestwood",
                "/portal-api/api/city/early-help/cases?stage=REFERRED&max=50", "/portal-api/api/city/early-help/waiting-list?team=city-hub-meadows",
                "/portal-api/api/city/clocks/dashboard"));
        API.put("casey.city", List.of("/portal-api/api/city/people?q=lee&max=20", "/portal-api/api/city/directory/services?search=hub"));
        API.put("alex.attendance", List.of("/portal-api/api/city/attendance/flags", "/portal-api/api/city/attendance/reports/bands"));
        API.put("lou.licensing", List.of("/portal-api/api/city/licensing/applications"));
        API.put("hana.cityhousing", List.of("/portal-api/api/city/housing/presentations", "/portal-api/api/city/housing/waiting-list"));
        API.put("robin.performance", List.of("/portal-api/api/city/troubled-families/families"));
        API.put("morgan.county", List.of("/portal-api/api/county/early-help/dashboard?team=county-ehcm-south",
                "/portal-api/api/county/early-help/cases?stage=WITH_TEAM&team=county-ehcm-west&max=50"));
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final Wrk wrk;
    private final Path dir;

    private PortalLoad(Wrk wrk, Path dir) {
        this.wrk = wrk;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("load.dir", "launcher/target/portal-load")).toAbsolutePath());
        boolean met = new PortalLoad(Wrk.find(dir), dir).run(Integer.getInteger("load.users", 200), Integer.getInteger("load.seconds", 60),
                new int[] {Integer.getInteger("load.think-min-ms", 1000), Integer.getInteger("load.think-max-ms", 5000)},
                Integer.getInteger("load.cases", 20_000));
        System.exit(met ? 0 : 1);
    }

    private boolean run(int users, int seconds, int[] think, int cases) throws Exception {
        seed(cases);
        Measured one;
        try (Nginx firstOnly = Nginx.start(dir.resolve("nginx-one"), ONE_INSTANCE_PORT, List.of(PayaraCluster.INSTANCES.get(0)),
                List.of(PayaraCluster.httpPort(0)))) {
            // the same mix in both runs: two page sessions a user, here both on the one instance, with two one on each
            // (24 of the 40 requests are pages in each), so that the two runs' CPU a request compare like for like
            String first = PayaraCluster.INSTANCES.get(0);
            one = measure("one-instance", "http://127.0.0.1:" + ONE_INSTANCE_PORT, mix(List.of(first, first)), users, seconds, think);
        }
        Measured two = measure("two-instances", PORTAL, mix(PayaraCluster.INSTANCES), users, seconds, think);
        System.out.printf("portal load: 1 instance p95 ms %.1f errors %d; 2 instances p95 ms %.1f errors %d; CPU ms per request %.1f%n",
                one.result().p95ms(), one.result().errors(), two.result().p95ms(), two.result().errors(), two.cpuMsPerRequest());
        boolean saturated = saturation();
        return one.met() && two.met() && saturated;
    }

    /** A run's figures and the servers' CPU time during it. */
    private record Measured(Wrk.Result result, Map<String, Double> cpu) {

        double cpuMsPerRequest() {
            return (cpu.get("payara instances") + cpu.get("postgresql")) * 1000 / result.requests();
        }

        boolean met() {
            return result.p95ms() <= 150 && result.errors() == 0;
        }
    }

    private Measured measure(String name, String base, List<Wrk.Request> mix, int users, int seconds, int[] think) throws Exception {
        for (Wrk.Request r : mix) {
            warmUp(base, r);
        }
        wrk.run(name + "-warm-up", base, mix, users, Math.max(10, seconds / 3), think);
        Map<String, Double> before = ServerCpu.seconds();
        Wrk.Result r = wrk.run(name, base, mix, users, seconds, think);
        Map<String, Double> cpu = ServerCpu.spent(before, ServerCpu.seconds());
        Measured m = new Measured(r, cpu);
        System.out.printf("%s: %d users, %d requests in %.0f s (%.1f a second): p50 ms %.1f, p95 ms %.1f, p99 ms %.1f, errors %d"
                        + " (%d answers not a success, %d socket errors)%n", name, users, r.requests(), r.seconds(), r.perSecond(), r.p50ms(),
                r.p95ms(), r.p99ms(), r.errors(), r.unexpected(), r.socketErrors());
        System.out.printf("  server CPU s: %s; %.1f ms a request (Payara %.1f, PostgreSQL %.1f); the machine's %d cores %.0f%% busy with"
                        + " these servers%n", format(cpu), m.cpuMsPerRequest(), cpu.get("payara instances") * 1000 / r.requests(),
                cpu.get("postgresql") * 1000 / r.requests(), CORES, cpu.values().stream().mapToDouble(Double::doubleValue).sum() * 100
                        / (CORES * r.seconds()));
        return m;
    }

    /**
     * The saturation throughput of the busiest page against the trivial endpoint (the open data API's root, which reads
     * nothing), each on the first instance directly, as fast as it answers.
     */
    private boolean saturation() throws Exception {
        String base = "http://127.0.0.1:" + PayaraCluster.httpPort(0);
        Map<String, String> session = Map.of("Cookie", session("tess.citymanager", PayaraCluster.INSTANCES.get(0)));
        List<Wrk.Request> page = List.of(Wrk.Request.get("busiest page", BUSIEST_PAGE, session));
        List<Wrk.Request> trivial = List.of(Wrk.Request.get("trivial", TRIVIAL, Map.of()));
        warmUp(base, page.get(0));
        warmUp(base, trivial.get(0));
        int[] noThinking = {0, 0};
        wrk.run("saturation-warm-up", base, page, 16, 10, noThinking);
        Map<String, Double> before = ServerCpu.seconds();
        Wrk.Result p = wrk.run("saturation-page", base, page, 16, 20, noThinking);
        Map<String, Double> pageCpu = ServerCpu.spent(before, ServerCpu.seconds());
        wrk.run("saturation-trivial-warm-up", base, trivial, 16, 10, noThinking);
        before = ServerCpu.seconds();
        Wrk.Result t = wrk.run("saturation-trivial", base, trivial, 16, 20, noThinking);
        Map<String, Double> trivialCpu = ServerCpu.spent(before, ServerCpu.seconds());
        System.out.printf("saturation, one instance: busiest page (%s) %.0f requests a second, trivial endpoint (%s) %.0f a second,"
                        + " ratio %.2f; CPU ms a request: page %.1f, trivial %.1f; errors %d and %d%n", BUSIEST_PAGE, p.perSecond(), TRIVIAL,
                t.perSecond(), p.perSecond() / t.perSecond(), new Measured(p, pageCpu).cpuMsPerRequest(),
                new Measured(t, trivialCpu).cpuMsPerRequest(), p.errors(), t.errors());
        return p.errors() == 0 && t.errors() == 0; // a page bounced to sign-in (302) is not the page served
    }

    /**
     * The mix: every page of every user with a session on each of the given instances (so the pages' load is shared
     * as their users' sessions would be), every API call with the user's token (new for each run: they last 5 minutes),
     * and a case note written. wrk's connections take the requests in turn, so each session is used by many of them.
     */
    private List<Wrk.Request> mix(List<String> instances) throws Exception {
        List<Wrk.Request> mix = new ArrayList<>();
        for (String instance : instances) {
            for (Map.Entry<String, List<String>> user : PAGES.entrySet()) {
                Map<String, String> cookie = Map.of("Cookie", session(user.getKey(), instance));
                user.getValue().forEach(page -> mix.add(Wrk.Request.get(user.getKey() + " " + page, page, cookie)));
            }
        }
        for (Map.Entry<String, List<String>> user : API.entrySet()) {
            Map<String, String> bearer = Map.of("Authorization", "Bearer " + DemoSignIn.token(user.getKey()));
            user.getValue().forEach(path -> mix.add(Wrk.Request.get(user.getKey() + " " + path, path, bearer)));
        }
        mix.add(Wrk.Request.get("anyone /open/city/services", "/portal-api/open/city/services?search=hub", Map.of()));
        String casey = DemoSignIn.token("casey.city");
        Matcher person = ID.matcher(get(PORTAL, "/portal-api/api/city/people?q=a&max=1", Map.of("Authorization", "Bearer " + casey)).body());
        if (!person.find()) {
            throw new IllegalStateException("No person in the City's demo data to write a case note for");
        }
        mix.add(new Wrk.Request("casey.city writes a case note", "POST", "/portal-api/api/city/people/" + person.group(1) + "/notes",
                Map.of("Authorization", "Bearer " + casey, "Content-Type", "application/json"),
                "{\"type\":\"VISIT\",\"eventDate\":\"" + LocalDate.now() + "\",\"summary\":\"Load test visit\",\"who\":\"Family\","
                        + "\"aim\":\"Meet\",\"method\":\"Visit\",\"outcome\":\"Met\",\"actions\":\"None\"}"));
        return mix;
    }

    /** A page session of the user's on the given instance (nginx gives a new visitor each instance in turn). */
    private String session(String user, String instance) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 8; attempt++) {
            LoopbackCookies cookies = new LoopbackCookies();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
            DemoSignIn.pages(browser, PORTAL, user);
            String id = cookies.value("JSESSIONID").orElse("");
            if (id.endsWith("." + instance)) {
                return "JSESSIONID=" + id;
            }
        }
        throw new IllegalStateException("No session of " + user + " on " + instance + " in 8 sign-ins");
    }

    /**
     * Sends the request five times, one at a time: each must succeed (the users, their roles and the data are right).
     * Prints the median time alone, so that a slow request shows itself.
     */
    private void warmUp(String base, Wrk.Request r) throws IOException, InterruptedException {
        long[] times = new long[5];
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path()));
            r.headers().forEach(b::header);
            b.method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(r.body()));
            HttpResponse<String> answer = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(r.label() + " answered " + answer.statusCode() + " through " + base + ": "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        System.out.printf("  alone: %6.1f ms  %s%n", times[2] / 1e6, r.label());
    }

    private HttpResponse<String> get(String base, String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** 20,000 open early help cases a council with their clocks, as the early help load test has (once per database). */
    private static void seed(int cases) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5433/portal", "postgres", "postgres")) {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from eh_case where created_by = 'load'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            long t0 = System.nanoTime();
            EarlyHelpLoad.seed(c, cases);
            System.out.printf("generated %d open early help cases per council, with clocks, in %.0f s%n", cases, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static String format(Map<String, Double> cpu) {
        StringBuilder s = new StringBuilder();
        cpu.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(' ').append(String.format("%.1f", v)));
        return s.toString();
    }
}
