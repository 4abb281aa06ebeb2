package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The early help load test (issue: "the team dashboard and referral list with 20,000 open cases per
 * tenant, 100 concurrent users"). Starts the real stack (PostgreSQL, Keycloak, Payara with the EAR) on a
 * fresh database, generates the open cases with their quality-standard clocks directly in the database,
 * then drives the REST API with wrk (the load tool, from Debian's packages) as 100 concurrent users, each
 * thinking 0.5 to 1.5 s between requests: each council's team dashboard, the referral list, the waiting
 * list and the clock dashboard, with real tokens. wrk, Payara, PostgreSQL and Keycloak share the machine. Ends with one line: {@code early-help load: <requests> requests, p95 ms <x>, errors <e>}.
 */
public final class EarlyHelpLoad {

    private static final String[][] TEAMS = {
        {"city", "city-hub-bestwood", "city-hub-broxtowe", "city-hub-hyson-green", "city-hub-meadows"},
        {"county", "county-ehcm-south", "county-ehcm-west", "county-ehcm-north"}};
    private static final String[] STAGES = {"REFERRED", "WITH_TEAM", "WAITING", "ALLOCATED", "PLAN"};

    private EarlyHelpLoad() {
    }

    public static void main(String[] args) throws Exception {
        int casesPerCouncil = Integer.getInteger("load.cases", 20_000);
        int connections = Integer.getInteger("load.users", 100);
        int seconds = Integer.getInteger("load.seconds", 60);
        Path runDir = Path.of(System.getProperty("portal.run.dir"));
        Path loadDir = Files.createDirectories(Path.of(System.getProperty("load.dir")));
        Path ear = Path.of(System.getProperty("portal.ear"));
        Wrk wrk = Wrk.find(loadDir);
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            new Leftovers(Path.of(System.getProperty("portal.payara.home")), Path.of(System.getProperty("portal.keycloak.home")),
                    loadDir.resolve("postgres-data"), System.out::println).stop();
            Ports.requireFree(PortalLauncher.PORTS);
            PortalDatabase db = PortalDatabase.start(5433, loadDir.resolve("postgres-data"), false);
            started.push(db);
            KeycloakServer keycloak = KeycloakServer.start(Path.of(System.getProperty("portal.keycloak.home")), 8180, 9000,
                    loadDir.resolve("keycloak.log"), Duration.ofMinutes(3));
            started.push(keycloak);
            PayaraDomain payara = PayaraDomain.start(Path.of(System.getProperty("portal.payara.home")),
                    PortalEnvironment.of(db, keycloak, "http://127.0.0.1:" + PayaraDomain.HTTP_PORT + "/portal"),
                    loadDir.resolve("payara.log"));
            started.push(payara);
            payara.deploy(ear);
            long t0 = System.nanoTime();
            try (Connection c = db.superuserConnection()) {
                seed(c, casesPerCouncil);
            }
            System.out.printf("generated %d open early help cases per council, with clocks, in %.0f s%n", casesPerCouncil,
                    (System.nanoTime() - t0) / 1e9);
            String city = DemoSignIn.token("tess.citymanager");
            String county = DemoSignIn.token("morgan.county");
            List<String[]> requests = List.of(
                    new String[] {"/portal-api/api/city/early-help/dashboard?team=city-hub-bestwood", city},
                    new String[] {"/portal-api/api/city/early-help/cases?stage=REFERRED&max=50", city},
                    new String[] {"/portal-api/api/city/early-help/waiting-list?team=city-hub-meadows", city},
                    new String[] {"/portal-api/api/city/clocks/dashboard", city},
                    new String[] {"/portal-api/api/county/early-help/dashboard?team=county-ehcm-south", county},
                    new String[] {"/portal-api/api/county/early-help/cases?stage=WITH_TEAM&team=county-ehcm-west&max=50", county},
                    new String[] {"/portal-api/api/county/clocks/dashboard", county});
            boolean diagnose = Boolean.getBoolean("load.diagnose");
            if (diagnose) {
                statements(db, null);
            }
            for (String[] r : requests) {
                warmUp(r[0], r[1]);
            }
            if (diagnose) {
                statements(db, 20 * requests.size());
            }
            List<Wrk.Request> mix = requests.stream()
                    .map(r -> Wrk.Request.get(r[0], r[0], java.util.Map.of("Authorization", "Bearer " + r[1]))).toList();
            // each user thinks for 0.5 to 1.5 seconds between requests, as someone reading a dashboard does
            Wrk.Result result = wrk.run("early-help", "http://127.0.0.1:" + PayaraDomain.HTTP_PORT, mix, connections, seconds,
                    new int[] {500, 1500});
            System.out.printf("early-help load: %d requests, p95 ms %.1f, errors %d%n", result.requests(), result.p95ms(), result.errors());
        } finally {
            while (!started.isEmpty()) {
                try {
                    started.pop().close();
                } catch (Exception e) {
                    System.err.println("Could not stop: " + e.getMessage());
                }
            }
        }
    }

    /** Twenty requests one at a time; prints the median of the last ten, so that a slow endpoint shows itself. */
    private static void warmUp(String path, String token) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long[] times = new long[10];
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PayaraDomain.HTTP_PORT + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (i >= 10) {
                times[i - 10] = System.nanoTime() - t0;
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        java.util.Arrays.sort(times);
        System.out.printf("  alone: %6.1f ms median  %s%n", times[5] / 1e6, path);
    }

    /** Open cases across the stages and teams, each with a family, an index child and a running clock. */
    static void seed(Connection c, int perCouncil) throws SQLException {
        c.setAutoCommit(false);
        for (String[] council : TEAMS) {
            String t = council[0];
            int teams = council.length - 1;
            exec(c, "insert into core_person (id, tenant_id, given_name, family_name, date_of_birth, kind, gender,"
                    + " interpreter_needed, version, created_at, created_by, changed_at, changed_by)"
                    + " select md5(? || 'p' || g)::uuid, ?, 'Child' || g, 'Loadfamily' || g, date '2010-01-01' + (g % 5000),"
                    + " 'CHILD', 'NOT_KNOWN', false, 0, now(), 'load', now(), 'load' from generate_series(1, ?) g", t, t, perCouncil);
            exec(c, "insert into core_family (id, tenant_id, name, index_child_id, version, created_at, created_by, changed_at,"
                    + " changed_by) select md5(? || 'f' || g)::uuid, ?, 'Loadfamily' || g || ' family', md5(? || 'p' || g)::uuid,"
                    + " 0, now(), 'load', now(), 'load' from generate_series(1, ?) g", t, t, t, perCouncil);
            StringBuilder teamArray = new StringBuilder("array[");
            for (int i = 1; i <= teams; i++) {
                teamArray.append(i > 1 ? "," : "").append('\'').append(council[i]).append('\'');
            }
            teamArray.append("]");
            exec(c, "insert into eh_case (id, tenant_id, reference, family_id, index_child_id, family_name, referrer_id,"
                    + " referrer_name, referrer_role, referrer_contact, route, concerns, believed_level, urgent, stage,"
                    + " received_at, team_code, rag, existing_support, waiting_since, waiting_priority, lead_professional, allocated_at, version,"
                    + " created_at, created_by, changed_at, changed_by)"
                    + " select md5(? || 'c' || g)::uuid, ?, 'LD-' || ? || '-' || g, md5(? || 'f' || g)::uuid, md5(? || 'p' || g)::uuid,"
                    + " 'Loadfamily' || g || ' family', 'load.referrer', 'Load referrer', 'school-staff', '0115 000 0000',"
                    + " 'EARLY_HELP_ASSESSMENT', 'Generated for the load test', 'X', g % 10 = 0,"
                    + " (array['" + String.join("','", STAGES) + "'])[g % 5 + 1],"
                    + " now() - (g % 90) * interval '1 day',"
                    + " case when g % 5 = 0 then null else (" + teamArray + ")[g % " + teams + " + 1] end,"
                    + " case when g % 5 = 2 then (array['RED','AMBER','GREEN'])[g % 3 + 1] end,"
                    + " case when g % 5 = 2 then (array['LOW','MEDIUM','HIGH'])[g % 3 + 1] end,"
                    + " case when g % 5 = 2 then now() - (g % 80) * interval '1 day' end,"
                    + " case when g % 5 = 2 then (g % 3) * 3 + (g % 3) + 1 end,"
                    + " case when g % 5 >= 3 then 'worker' || (g % 40) end,"
                    + " case when g % 5 >= 3 then now() - (g % 60) * interval '1 day' end,"
                    + " 0, now(), 'load', now(), 'load' from generate_series(1, ?) g", t, t, t, t, t, perCouncil);
            exec(c, "insert into core_standard_clock (id, tenant_id, module_id, standard_id, standard_name, subject_type,"
                    + " subject_id, subject_label, team, worker, started_at, due_at, due_rule, version, created_at, created_by,"
                    + " changed_at, changed_by)"
                    + " select md5(? || 'k' || c.reference)::uuid, ?, 'early-help',"
                    + " case c.stage when 'REFERRED' then 'eh-decision' when 'WITH_TEAM' then 'eh-screening'"
                    + " when 'WAITING' then 'eh-waiting-review' when 'ALLOCATED' then 'eh-assessment' else 'eh-taf-review' end,"
                    + " 'Generated standard', 'early-help-case', c.id::text, c.reference || ' ' || c.family_name,"
                    + " coalesce(c.team_code, 'Front door'), c.lead_professional, c.received_at,"
                    + " c.received_at + interval '30 days', '30 days', 0, now(), 'load', now(), 'load'"
                    + " from eh_case c where c.tenant_id = ? and c.created_by = 'load'", t, t, t);
        }
        c.commit();
        c.setAutoCommit(true);
        try (var s = c.createStatement()) {
            s.execute("vacuum analyze"); // as autovacuum would have done on a council's long-lived database
        }
    }

    /**
     * With {@code -Dload.diagnose=true}: the statements the warm-up ran, per request, from PostgreSQL's
     * pg_stat_statements (null resets it first).
     */
    private static void statements(PortalDatabase db, Integer requests) throws SQLException {
        try (Connection c = db.superuserConnection(); var s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            if (requests == null) {
                s.execute("select pg_stat_statements_reset()");
                return;
            }
            try (var rs = s.executeQuery("select calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 150)"
                    + " from pg_stat_statements order by calls desc limit 40")) {
                System.out.printf("statements per request over %d warm-up requests:%n", requests);
                while (rs.next()) {
                    System.out.printf("  %6.2f /req  %7.3f ms/call  %s%n", rs.getLong(1) / (double) requests,
                            rs.getDouble(2) / rs.getLong(1), rs.getString(3));
                }
            }
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
