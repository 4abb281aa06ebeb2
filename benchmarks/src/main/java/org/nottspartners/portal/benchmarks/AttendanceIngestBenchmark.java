package org.nottspartners.portal.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.register.RegisterImport;
import org.nottspartners.portal.attendance.register.RegisterSql;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.persistence.BulkCopy;
import org.nottspartners.portal.core.persistence.SchemaMigrator;
import org.nottspartners.portal.core.person.UniquePupilNumber;
import org.nottspartners.portal.core.testing.MigratedDatabase;
import org.nottspartners.portal.core.testing.NumberedSql;
import org.postgresql.PGConnection;

/**
 * The register import (issue 15) at the size of one school day for both councils: each council's register file (by
 * default 75,000 pupils a council, AM and PM, over its two schools: 300,000 marks in all) through the import's own path
 * as {@link RegisterImport} runs it, as the application's database role under row-level security with the council set:
 * core's {@link BulkCopy#copy} into the staging table, {@link RegisterSql}'s checks (and core's UPN check of each UPN in
 * Java), then its merge, then commit. Against a raw COPY of the same files into a bare table of the same shape and
 * primary key ({@code bare_mark}), on the same connection in the same run. Both read the files from disk and skip the
 * header line themselves. Warmed up once with a smaller file (another school day) first. Measures the peak heap used
 * by this JVM while importing (polled every 10 ms); run with {@code -Xmx256m} to show the import streams. Ends with one
 * line: {@code attendance ingest: <marks/s> marks/s, raw COPY <marks/s> marks/s, ratio <ingest/raw>, peak heap MB <m>}.
 *
 * <p>Not run: the import's audit record ({@code AuditTrail.record}, one row per file, needs the container).
 *
 * <p>Why one class of some 460 lines: it is a single main that generates the data, runs the import's statements in
 * {@code RegisterImport}'s order, the raw COPY and the optional EXPLAIN, and prints one line; the steps share the
 * database and the generated files, and splitting them would only pass those around.
 */
public final class AttendanceIngestBenchmark {

    /** Each council and its two schools, as the attendance changelog seeds them. */
    private static final Map<String, List<String>> SCHOOLS = new LinkedHashMap<>();

    static {
        SCHOOLS.put("city", List.of("122500", "122501"));
        SCHOOLS.put("county", List.of("122700", "122701"));
    }

    /** Each council's local authority number, the first three digits of its pupils' UPNs (Nottingham, Nottinghamshire). */
    private static final Map<String, String> AUTHORITY = Map.of("city", "892", "county", "891");

    /** The school day imported (a Tuesday in the spring term), and the smaller warm-up file's day (the Monday before). */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate WARM_UP_DAY = LocalDate.of(2026, 3, 9);

    /** One pupil in this many has no person of the council with their UPN: queued for an officer. */
    private static final int UNKNOWN_PUPIL = 100;

    /** England's bank holidays, as RegisterImport passes them (all of core's calendar). */
    private static final String BANK_HOLIDAYS = BankHolidays.englandAndWales().all().stream().map(h -> h.date().toString())
            .collect(Collectors.joining(","));

    private AttendanceIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int pupils = Integer.getInteger("benchmark.ingest.pupils", 75_000);
        Path dir = Files.createTempDirectory("attendance-ingest");
        HeapPeak heap = new HeapPeak();
        try (MigratedDatabase db = MigratedDatabase.withChangelogs("db/changelog/attendance/changelog.xml")) {
            long t0 = System.nanoTime();
            Map<String, Path> files = new LinkedHashMap<>();
            Map<String, Path> warmUp = new LinkedHashMap<>();
            for (String council : SCHOOLS.keySet()) {
                files.put(council, registerFile(dir, council, pupils, DAY));
                warmUp.put(council, registerFile(dir, council, Math.max(100, pupils / 10), WARM_UP_DAY));
            }
            prepare(db, dir, pupils);
            long marks = 2L * pupils * SCHOOLS.size();
            System.out.printf(Locale.ROOT, "generated %d register files of %d marks in all (%.1f MB), %d people, in %.1f s%n",
                    files.size(), marks, files.values().stream().mapToLong(AttendanceIngestBenchmark::size).sum() / 1e6,
                    (long) SCHOOLS.size() * (pupils - pupils / UNKNOWN_PUPIL), (System.nanoTime() - t0) / 1e9);
            String appUrl = db.jdbcUrl().replace("user=postgres", "user=bench_app").replace("password=postgres", "password=bench");
            try (Connection app = DriverManager.getConnection(appUrl, "bench_app", "bench"); Connection owner = db.connection()) {
                // warm up both paths once, with a smaller file for another day
                for (String council : SCHOOLS.keySet()) {
                    ingest(app, council, warmUp.get(council), false);
                    rawCopy(app, owner, council, warmUp.get(council));
                }

                owner.createStatement().execute("checkpoint");
                heap.reset();
                long a = System.nanoTime();
                for (String council : SCHOOLS.keySet()) {
                    ingest(app, council, files.get(council), true);
                }
                double ingestSeconds = (System.nanoTime() - a) / 1e9;
                long peak = heap.peak();

                owner.createStatement().execute("checkpoint");
                heap.reset();
                long b = System.nanoTime();
                for (String council : SCHOOLS.keySet()) {
                    rawCopy(app, owner, council, files.get(council));
                }
                double rawSeconds = (System.nanoTime() - b) / 1e9;
                long rawPeak = heap.peak();

                check(owner, marks);
                double ingestRate = marks / ingestSeconds;
                double rawRate = marks / rawSeconds;
                System.out.printf(Locale.ROOT, "import path: %d marks in %.2f s; raw COPY: %d marks in %.2f s;"
                        + " peak heap used while importing %.0f MB, while copying raw %.0f MB (max heap %.0f MB); load average %.1f%n",
                        marks, ingestSeconds, marks, rawSeconds, peak / 1048576.0, rawPeak / 1048576.0,
                        Runtime.getRuntime().maxMemory() / 1048576.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf(Locale.ROOT, "the benchmark took %.0f s in all, with the embedded database's start and migration%n",
                        (System.nanoTime() - started) / 1e9);
                System.out.printf(Locale.ROOT, "attendance ingest: %.0f marks/s, raw COPY %.0f marks/s, ratio %.2f, peak heap MB %.0f%n",
                        ingestRate, rawRate, ingestRate / rawRate, peak / 1048576.0);
                if (Boolean.getBoolean("benchmark.explain")) {
                    explain(app, "county", files.get("county"));
                }
            }
        } finally {
            heap.stop();
            try (var paths = Files.list(dir)) {
                for (Path p : paths.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The application role (as PersonSearchBenchmark makes it), the council's school year in term dates, the people
     * whose UPNs the registers carry (all but one in {@value #UNKNOWN_PUPIL}), and the bare table of the raw COPY.
     */
    private static void prepare(MigratedDatabase db, Path dir, int pupils) throws SQLException, IOException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("create role bench_app login password 'bench'");
            new SchemaMigrator(AttendanceIngestBenchmark.class.getClassLoader()).grantApplicationRole(c, "bench_app");
            insertTerms(c);
            // the people of the councils with a UPN: from a file of council and UPN, by COPY
            Path people = dir.resolve("people.csv");
            try (BufferedWriter w = Files.newBufferedWriter(people)) {
                for (String council : SCHOOLS.keySet()) {
                    for (int i = 0; i < pupils; i++) {
                        if (i % UNKNOWN_PUPIL != UNKNOWN_PUPIL - 1) {
                            w.write(council + "," + upn(council, i) + "," + i + "\n");
                        }
                    }
                }
            }
            s.execute("create temporary table bench_pupil (tenant_id varchar(32), upn varchar(13), n int)");
            try (InputStream in = new BufferedInputStream(Files.newInputStream(people))) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_pupil from stdin with (format csv)", in);
            }
            s.execute("insert into core_person (id, tenant_id, given_name, family_name, date_of_birth, kind, upn, version,"
                    + " created_at, created_by, changed_at, changed_by)"
                    + " select gen_random_uuid(), tenant_id, 'Pupil', 'Number ' || n, date '2010-09-01' + (n % 4000), 'CHILD',"
                    + " upn, 1, now(), 'benchmark', now(), 'benchmark' from bench_pupil");
            s.execute("drop table bench_pupil");
            // a table of the marks' shape and primary key, nothing else: no row-level security, no foreign key
            s.execute("create table bare_mark (tenant_id varchar(32) not null, upn varchar(13) not null, session_date date not null,"
                    + " session varchar(2) not null, urn varchar(7) not null, code varchar(2) not null, import_id uuid not null,"
                    + " primary key (tenant_id, upn, session_date, session))");
            s.execute("grant select, insert on bare_mark to bench_app");
            s.execute("vacuum analyze");
        }
    }

    /** The school year 2025-26 as both councils' term dates. */
    static void insertTerms(Connection c) throws SQLException {
        String[][] terms = {{"Autumn 1", "2025-09-03", "2025-10-24"}, {"Autumn 2", "2025-11-03", "2025-12-19"},
            {"Spring 1", "2026-01-05", "2026-02-13"}, {"Spring 2", "2026-02-23", "2026-03-27"},
            {"Summer 1", "2026-04-13", "2026-05-22"}, {"Summer 2", "2026-06-01", "2026-07-21"}};
        for (String council : SCHOOLS.keySet()) {
            for (String[] t : terms) {
                NumberedSql.update(c, "insert into core_school_term (id, for_tenant, name, starts_on, ends_on, version)"
                        + " values (?1, ?2, ?3, ?4, ?5, 0)", UUID.randomUUID(), council, t[0], LocalDate.parse(t[1]),
                        LocalDate.parse(t[2]));
            }
        }
    }

    /** The council's pupil number {@code i}: a valid UPN, the check letter found as AttendanceRegisterIT finds it. */
    static String upn(String council, int i) {
        String digits = AUTHORITY.get(council) + String.format(Locale.ROOT, "%09d", i);
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            if (UniquePupilNumber.problemWith(letter + digits).isEmpty()) {
                return letter + digits;
            }
        }
        throw new IllegalStateException("no check letter for " + digits);
    }

    /**
     * A council's register file for the day: the header, then pupils 0 to {@code pupils - 1} (the first half at the
     * council's first school, the rest at the second), AM and PM, about 92% present, 4% authorised absence, 4%
     * unauthorised, a few late or not required; whole days absent mostly.
     */
    private static Path registerFile(Path dir, String council, int pupils, LocalDate day) throws IOException {
        Path file = dir.resolve(council + "-" + day + ".csv");
        Random random = new Random(council.hashCode() * 31L + day.toEpochDay());
        String[] authorised = {"I", "I", "I", "M", "C", "R"};
        String[] unauthorised = {"N", "O", "G", "U"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(RegisterImport.HEADER + "\n");
            List<String> schools = SCHOOLS.get(council);
            for (int i = 0; i < pupils; i++) {
                String urn = schools.get(i < pupils / 2 ? 0 : 1);
                String upn = upn(council, i);
                double x = random.nextDouble();
                String am;
                String pm;
                if (x < 0.04) {
                    am = authorised[random.nextInt(authorised.length)];
                    pm = random.nextInt(4) == 0 ? "\\" : am;
                } else if (x < 0.08) {
                    am = unauthorised[random.nextInt(unauthorised.length)];
                    pm = am.equals("U") ? "\\" : am;
                } else if (x < 0.085) {
                    am = "L";
                    pm = "\\";
                } else if (x < 0.087) {
                    am = "X";
                    pm = "X";
                } else {
                    am = "/";
                    pm = "\\";
                }
                w.write(urn + "," + upn + "," + day + ",AM," + am + "\n");
                w.write(urn + "," + upn + "," + day + ",PM," + pm + "\n");
            }
        }
        return file;
    }

    /** The register file's first line, read as RegisterImport reads it (byte by byte, to the first newline). */
    private static String header(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n' && line.size() <= 200) {
            line.write(b);
        }
        String header = line.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replace(" ", "");
        if (!RegisterImport.HEADER.equals(header)) {
            throw new IllegalStateException("not a register file: " + header);
        }
        return header;
    }

    /**
     * The council's file through the import's path, as RegisterImport runs it for an attendance officer (so without the
     * school's own-URN check), in one transaction; with each step's time when {@code report}.
     */
    private static void ingest(Connection app, String council, Path file, boolean report) throws SQLException, IOException {
        Map<String, Long> steps = new LinkedHashMap<>();
        long start = System.nanoTime();
        long at = start;
        app.setAutoCommit(true);
        try (Statement s = app.createStatement()) {
            s.execute("select set_config('portal.tenant', '" + council + "', false)");
        }
        app.setAutoCommit(false);
        long rows;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            header(in);
            long maxBytes = Integer.parseInt(AttendanceSettings.REGISTER_MAX_MEGABYTES.fallback()) * 1024L * 1024L;
            rows = BulkCopy.copy(app, RegisterSql.STAGE, RegisterSql.COLUMNS, in, maxBytes);
        }
        at = step(steps, "copy into staging", at);
        // the checks: every rejected row in SQL, then core's UPN check of each UPN in the file
        List<String> problems = new ArrayList<>();
        try (PreparedStatement q = NumberedSql.prepare(app, RegisterSql.problems(false, 101), council, null, BANK_HOLIDAYS, "");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                problems.add("Line " + rs.getInt(1) + ": " + rs.getString(2));
            }
        }
        at = step(steps, "problems", at);
        try (PreparedStatement q = NumberedSql.prepare(app, RegisterSql.UPNS); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                int line = rs.getInt(1);
                String upn = rs.getString(2);
                UniquePupilNumber.problemWith(upn).ifPresent(p -> problems.add("Line " + line + ": UPN '" + upn + "': " + p));
            }
        }
        at = step(steps, "UPN check", at);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the generated file was refused: " + problems.subList(0, Math.min(5, problems.size())));
        }
        // the merge
        try (PreparedStatement q = NumberedSql.prepare(app, RegisterSql.LOCK_DAYS, council); ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                throw new IllegalStateException("a school day is locked by another import");
            }
        }
        at = step(steps, "lock days", at);
        UUID importId = UUID.randomUUID();
        int days;
        try (PreparedStatement q = NumberedSql.prepare(app, RegisterSql.SCHOOL_DAYS); ResultSet rs = q.executeQuery()) {
            rs.next();
            days = rs.getInt(1);
        }
        at = step(steps, "school days", at);
        NumberedSql.update(app, RegisterSql.INSERT_IMPORT, importId, council, file.getFileName().toString(), "benchmark",
                OffsetDateTime.now(), rows, days, "Benchmark Academy");
        at = step(steps, "insert import", at);
        NumberedSql.update(app, RegisterSql.REPLACE_DAYS, council);
        at = step(steps, "replace days", at);
        NumberedSql.update(app, RegisterSql.INSERT_MARKS, council, importId);
        at = step(steps, "insert marks", at);
        int unmatched = NumberedSql.update(app, RegisterSql.QUEUE_UNMATCHED, council);
        at = step(steps, "queue unmatched", at);
        NumberedSql.update(app, RegisterSql.SET_UNMATCHED, unmatched, importId, council);
        at = step(steps, "set unmatched", at);
        app.commit();
        step(steps, "commit", at);
        if (report) {
            System.out.printf(Locale.ROOT, "%s: %d marks, %d school days, %d unmatched pupils in %.2f s (%s)%n", council, rows, days,
                    unmatched, (System.nanoTime() - start) / 1e9, steps.entrySet().stream()
                            .map(e -> String.format(Locale.ROOT, "%s %.0f ms", e.getKey(), e.getValue() / 1e6))
                            .collect(Collectors.joining(", ")));
        }
    }

    private static long step(Map<String, Long> steps, String name, long since) {
        long now = System.nanoTime();
        steps.put(name, now - since);
        return now;
    }

    /**
     * The same file by a raw COPY into the bare table, in one transaction on the same connection: the council and the
     * file's import id are the table's column defaults, set before the clock starts.
     */
    private static void rawCopy(Connection app, Connection owner, String council, Path file) throws SQLException, IOException {
        try (Statement s = owner.createStatement()) {
            s.execute("alter table bare_mark alter column tenant_id set default '" + council + "',"
                    + " alter column import_id set default '" + UUID.randomUUID() + "'");
        }
        app.setAutoCommit(false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            header(in);
            app.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bare_mark (urn, upn, session_date, session, code)"
                    + " from stdin with (format csv)", in);
        }
        app.commit();
    }

    /**
     * EXPLAIN ANALYZE of the import's statements for the council's file imported again (so its day's marks are
     * replaced), as the application role, rolled back.
     */
    private static void explain(Connection app, String council, Path file) throws SQLException, IOException {
        app.setAutoCommit(true);
        try (Statement s = app.createStatement()) {
            s.execute("select set_config('portal.tenant', '" + council + "', false)");
        }
        app.setAutoCommit(false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            header(in);
            BulkCopy.copy(app, RegisterSql.STAGE, RegisterSql.COLUMNS, in, Long.MAX_VALUE);
        }
        Map<String, Object[]> statements = new LinkedHashMap<>();
        statements.put(RegisterSql.problems(false, 101), new Object[] {council, null, BANK_HOLIDAYS, ""});
        statements.put(RegisterSql.UPNS, new Object[0]);
        statements.put(RegisterSql.REPLACE_DAYS, new Object[] {council});
        statements.put(RegisterSql.INSERT_MARKS, new Object[] {council, UUID.randomUUID()});
        statements.put(RegisterSql.QUEUE_UNMATCHED, new Object[] {council});
        NumberedSql.update(app, RegisterSql.INSERT_IMPORT, statements.get(RegisterSql.INSERT_MARKS)[1], council, "explain.csv",
                "benchmark", OffsetDateTime.now(), 1L, 1, "Benchmark Academy");
        for (Map.Entry<String, Object[]> statement : statements.entrySet()) {
            String sql = statement.getKey();
            System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + (sql.length() > 60 ? sql.substring(0, 60) + "..." : sql));
            try (PreparedStatement q = NumberedSql.prepare(app, "explain (analyze, buffers) " + sql, statement.getValue());
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
        app.rollback();
    }

    /** That every mark of the day was written by both paths. */
    private static void check(Connection owner, long marks) throws SQLException {
        for (String table : List.of("att_mark", "bare_mark")) {
            try (PreparedStatement q = NumberedSql.prepare(owner, "select count(*) from " + table + " where session_date = ?1", DAY);
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != marks) {
                    throw new IllegalStateException(table + " has " + rs.getLong(1) + " marks of " + DAY + ", not " + marks);
                }
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The most heap this JVM used since the last reset, polled every 10 ms by a daemon thread. */
    private static final class HeapPeak {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile long peak;
        private volatile boolean running = true;

        HeapPeak() {
            Thread t = new Thread(() -> {
                while (running) {
                    long used = memory.getHeapMemoryUsage().getUsed();
                    if (used > peak) {
                        peak = used;
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            t.setDaemon(true);
            t.start();
        }

        /** Collects what is garbage, then starts again from the heap in use now. */
        void reset() {
            System.gc();
            peak = memory.getHeapMemoryUsage().getUsed();
        }

        long peak() {
            return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }

        void stop() {
            running = false;
        }
    }
}
