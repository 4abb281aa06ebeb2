package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The restore drill (issue 27 §5; {@code .ci/backup-drill}): the real stack (PostgreSQL archiving its log, Keycloak,
 * Payara with the EAR) with the demo data of both councils; people recorded through the API by several writers while a
 * base backup is taken ({@link PortalBackup}); the portal stopped and the last log segment archived; then the backup
 * restored into an empty folder and started as a new server on the portal's port, and compared with the old one: every
 * council's records, table by table (their number and their content), and the audit trail with its chain of seals, must
 * be the same; every write the portal acknowledged, before, during and after the base backup, must be there. Then the
 * portal starts on the restored server, answers for a person recorded during the backup, and its audit check finds the
 * chain intact. Prints {@code backup restored: ...} and ends non-zero if anything differs.
 */
public final class BackupDrill {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BackupDrill() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(new BackupDrill().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Path payaraHome = Path.of(PortalLauncher.required("portal.payara.home"));
        Path keycloakHome = Path.of(PortalLauncher.required("portal.keycloak.home"));
        Path ear = Path.of(PortalLauncher.required("portal.ear"));
        Path drill = Path.of(PortalLauncher.required("load.dir")).resolve("backup-drill");
        Path primary = drill.resolve("primary-data");
        Path restored = drill.resolve("restored-data");
        Path archive = drill.resolve("wal-archive");
        Path backup = drill.resolve("backups/base-1");
        new Leftovers(payaraHome, keycloakHome, primary, System.out::println).stop();
        new Leftovers(payaraHome, keycloakHome, restored, System.out::println).stop();
        deleteTree(drill);
        Ports.requireFree(PortalLauncher.PORTS);
        long t0 = System.nanoTime();
        PortalDatabase db = PortalDatabase.start(5433, primary, false, true, archive);
        KeycloakServer keycloak = null;
        PayaraDomain payara = null;
        try {
            keycloak = KeycloakServer.start(keycloakHome, 8180, 9000, drill.resolve("keycloak.log"), Duration.ofMinutes(3));
            Map<String, String> environment = PortalEnvironment.of(db, keycloak, "http://127.0.0.1:" + PayaraDomain.HTTP_PORT + "/portal");
            payara = PayaraDomain.start(payaraHome, environment, drill.resolve("payara.log"));
            payara.deploy(ear);
            PortalLauncher.log(DemoData.loadOnce(db, primary, payara.apiBase(), keycloak.issuer()), t0);

            // writers record people in both councils while the base backup is taken, and for a while after it
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = writers(payara.apiBase(), acknowledged, stop);
            Thread.sleep(5_000);
            int before = acknowledged.size();
            long b0 = System.nanoTime();
            String lsn;
            String endSegment;
            try (Connection c = db.superuserConnection()) {
                lsn = PortalBackup.take(c, primary, backup);
                try (var ps = c.prepareStatement("select pg_walfile_name(?::pg_lsn)")) {
                    ps.setString(1, lsn);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        endSegment = rs.getString(1);
                    }
                }
            }
            double backupSeconds = (System.nanoTime() - b0) / 1e9;
            // as a council's nightly job would: the archive kept to what this (the oldest kept) backup needs; the restore
            // below then shows that nothing it needs went
            int pruned = PortalBackup.pruneArchive(archive, backup);
            PortalLauncher.log("archive pruned to the base backup's first segment (" + PortalBackup.startSegment(
                    Files.readString(backup.resolve(PortalBackup.LABEL))) + "): " + pruned + " older files deleted", t0);
            int during = acknowledged.size() - before;
            Thread.sleep(5_000);
            stop.set(true);
            writers.shutdown();
            writers.awaitTermination(1, TimeUnit.MINUTES);
            int after = acknowledged.size() - before - during;
            PortalLauncher.log(String.format("base backup at %s: %.1f MB in %.1f s; people recorded: %d before it, %d during, %d after",
                    lsn, Files.size(backup.resolve(PortalBackup.BASE)) / 1e6, backupSeconds, before, during, after), t0);

            awaitSeals(db); // so that the chain of seals is part of what is compared
            payara.close(); // the portal stopped: nothing more is written, the audit sealer included
            payara = null;
            Map<String, String> original;
            try (Connection c = db.superuserConnection()) {
                PortalBackup.archiveNow(c);
                original = fingerprint(c);
            }
            db.close();
            db = null;
            if (Boolean.getBoolean("drill.lose-log-after-backup")) {
                // the fault this drill guards against: a restore from the base backup without the log written after it
                try (var segments = Files.list(archive)) {
                    List<Path> later = segments.filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}"))
                            .filter(f -> f.getFileName().toString().compareTo(endSegment) > 0).toList();
                    for (Path f : later) {
                        Files.delete(f);
                    }
                    PortalLauncher.log("FAULT PLANTED (-Ddrill.lose-log-after-backup): the " + later.size()
                            + " archived log segments after the base backup's last (" + endSegment + ") deleted", t0);
                }
            }
            PortalLauncher.log("PostgreSQL stopped; restoring the backup into an empty folder", t0);

            long r0 = System.nanoTime();
            PortalBackup.restore(backup, archive, restored);
            db = PortalDatabase.start(5433, restored, true, true, drill.resolve("wal-archive-after-restore"));
            double restoreSeconds = (System.nanoTime() - r0) / 1e9;
            Map<String, String> copy;
            int found;
            try (Connection c = db.superuserConnection()) {
                copy = fingerprint(c);
                found = present(c, acknowledged);
            }
            List<String> differences = new ArrayList<>();
            new TreeMap<>(original).forEach((k, v) -> {
                if (!v.equals(copy.get(k))) {
                    differences.add(k + ": " + v + " before, " + copy.get(k) + " restored");
                }
            });
            copy.keySet().stream().filter(k -> !original.containsKey(k)).forEach(k -> differences.add(k + ": only in the restored copy"));

            payara = PayaraDomain.start(payaraHome, PortalEnvironment.of(db, keycloak, "http://127.0.0.1:" + PayaraDomain.HTTP_PORT
                    + "/portal"), drill.resolve("payara-after-restore.log"));
            payara.deploy(ear);
            String city = acknowledged.stream().filter(s -> s.startsWith("city/")).findFirst().orElseThrow().substring(5);
            int person = status(payara.apiBase() + "/city/people/" + city, DemoSignIn.token("casey.city"));
            HttpResponse<String> integrity = get(payara.apiBase() + "/city/admin/audit-integrity", DemoSignIn.token("ada.cityadmin"));
            boolean intact = integrity.statusCode() == 200 && integrity.body().replace(" ", "").contains("\"intact\":true");

            long councils = original.keySet().stream().map(k -> k.substring(k.indexOf(' ') + 1)).distinct().count();
            long records = original.entrySet().stream().filter(e -> !e.getKey().startsWith("core_audit"))
                    .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0])).sum();
            long audit = original.entrySet().stream().filter(e -> e.getKey().startsWith("core_audit_event "))
                    .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0])).sum();
            long seals = original.entrySet().stream().filter(e -> e.getKey().startsWith("core_audit_seal "))
                    .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0])).sum();
            differences.forEach(d -> System.out.println("  DIFFERENT " + d));
            System.out.printf("backup restored: %d tables of %d councils, %d records, %d audit events and %d seals %s; %d of %d"
                            + " acknowledged writes present (%d recorded during the base backup, %d after it); the portal started on it:"
                            + " a person recorded during the backup %d, audit chain %s; backup %.1f s, restore %.1f s%n",
                    original.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).distinct().count(), councils, records, audit,
                    seals, differences.isEmpty() ? "identical" : differences.size() + " DIFFERENT", found, acknowledged.size(), during,
                    after, person, intact ? "intact" : "NOT INTACT: " + integrity.body(), backupSeconds, restoreSeconds);
            return differences.isEmpty() && found == acknowledged.size() && person == 200 && intact && during > 0 && after > 0;
        } finally {
            for (AutoCloseable c : new AutoCloseable[] {payara, keycloak, db}) {
                if (c != null) {
                    try {
                        c.close();
                    } catch (Exception e) {
                        System.err.println("Could not stop: " + e.getMessage());
                    }
                }
            }
        }
    }

    /** Waits (up to 3 minutes) until the portal's audit sealer has sealed events into the chain. */
    private static void awaitSeals(PortalDatabase db) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Connection c = db.superuserConnection(); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("select count(*) from core_audit_seal")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(2_000);
            }
        }
        throw new IllegalStateException("The audit sealer sealed nothing in 3 minutes");
    }

    /** Four writers recording children in both councils through the API until stopped; each id the portal gave is kept. */
    private ExecutorService writers(String api, Set<String> acknowledged, AtomicBoolean stop) throws IOException, InterruptedException {
        Map<String, String> tokens = Map.of("city", DemoSignIn.token("casey.city"), "county", DemoSignIn.token("morgan.county"));
        String run = UUID.randomUUID().toString().substring(0, 6);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            String council = w % 2 == 0 ? "city" : "county";
            int writer = w;
            pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    HttpResponse<String> r;
                    try {
                        r = http.send(HttpRequest.newBuilder(URI.create(api + "/" + council + "/people"))
                                .header("Authorization", "Bearer " + tokens.get(council)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"givenName\":\"Backup\",\"familyName\":\"Drill" + run + "w"
                                        + writer + "n" + n + "\",\"dateOfBirth\":\"2016-04-0" + (1 + n % 9) + "\",\"kind\":\"CHILD\"}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                    } catch (IOException e) {
                        continue; // not acknowledged, so not looked for; the writer goes on
                    }
                    Matcher id = ID.matcher(r.body());
                    if (r.statusCode() == 201 && id.find()) {
                        acknowledged.add(council + "/" + id.group(1));
                    }
                }
                return null;
            });
        }
        return pool;
    }

    /**
     * Every council's records, table by table: their number and a hash of their content in a fixed order (read as the
     * superuser, beneath row-level security). Keys are {@code "<table> <council>"}.
     */
    static Map<String, String> fingerprint(Connection superuser) throws SQLException {
        Map<String, String> prints = new TreeMap<>();
        List<String[]> tables = new ArrayList<>();
        try (Statement s = superuser.createStatement(); ResultSet rs = s.executeQuery("select table_name, column_name"
                + " from information_schema.columns c join information_schema.tables t using (table_schema, table_name)"
                + " where table_schema = 'public' and t.table_type = 'BASE TABLE' and column_name in ('tenant_id', 'for_tenant')")) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] t : tables) {
            try (Statement s = superuser.createStatement(); ResultSet rs = s.executeQuery("select " + t[1] + ", count(*),"
                    + " md5(string_agg(r::text, '|' order by r::text)) from " + t[0] + " r group by 1")) {
                while (rs.next()) {
                    prints.put(t[0] + " " + rs.getString(1), rs.getLong(2) + " " + rs.getString(3));
                }
            }
        }
        return prints;
    }

    private static int present(Connection superuser, Set<String> acknowledged) throws SQLException {
        int found = 0;
        try (var ps = superuser.prepareStatement("select count(*) from core_person where id = ?::uuid")) {
            for (String id : acknowledged) {
                ps.setString(1, id.substring(id.indexOf('/') + 1));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    found += rs.getInt(1);
                }
            }
        }
        return found;
    }

    private int status(String url, String token) throws IOException, InterruptedException {
        return get(url, token).statusCode();
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
