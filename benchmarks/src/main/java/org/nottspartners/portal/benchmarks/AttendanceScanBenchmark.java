package org.nottspartners.portal.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.register.RegisterCode;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.attendance.scan.AttendanceScan;
import org.nottspartners.portal.attendance.scan.ScanSql;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.persistence.SchemaMigrator;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.nottspartners.portal.core.testing.MigratedDatabase;
import org.nottspartners.portal.core.testing.NumberedSql;
import org.postgresql.PGConnection;

/**
 * The nightly attendance scan (issue 15) over a school year of register marks: by default 30,000 pupils (15,000 a
 * council) on each school day of 2025-26 to the scan day (20 July 2026), AM and PM, over 11 million marks, about 92%
 * present, 4% authorised and 4% unauthorised absence, some pupils much worse and some gone (every session unauthorised
 * for the last weeks). Times {@link ScanSql}'s statements for both councils as {@link AttendanceScan} runs them (its
 * settings, each council in one transaction, as the application's database role under row-level security with the
 * council set), against a bare aggregate of the same marks (per pupil: possible sessions and unauthorised absences,
 * every row read by the client), in the same run. Each is run twice and the second (warm) run counts. Ends with one
 * line: {@code attendance scan: <s> s, bare aggregate <s> s, ratio <scan/bare> over <n> marks}. With
 * {@code -Dbenchmark.explain=true}, then prints EXPLAIN ANALYZE of each statement for the county (rolled back).
 */
public final class AttendanceScanBenchmark {

    private static final Map<String, List<String>> SCHOOLS = Map.of("city", List.of("122500", "122501"),
            "county", List.of("122700", "122701"));
    private static final List<String> COUNCILS = List.of("city", "county");

    /** The day of the scan: the last but one day of the summer term, so the school year's marks are all there. */
    private static final LocalDate SCAN_DAY = LocalDate.of(2026, 7, 20);

    /** The codes the bare aggregate counts: possible sessions (RegisterCode.possible) and unauthorised absence. */
    private static final String POSSIBLE = quoted(Arrays.stream(RegisterCode.values()).filter(RegisterCode::possible).toList());
    private static final String UNAUTHORISED = "'G','N','O','U'";

    private AttendanceScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int pupils = Integer.getInteger("benchmark.pupils", 30_000);
        LocalDate yearStart = PupilAttendance.schoolYearStart(SCAN_DAY);
        try (MigratedDatabase db = MigratedDatabase.withChangelogs("db/changelog/attendance/changelog.xml")) {
            long t0 = System.nanoTime();
            long marks = generate(db, pupils);
            System.out.printf(Locale.ROOT, "generated %d marks of %d pupils over the school year in %.0f s%n", marks, pupils,
                    (System.nanoTime() - t0) / 1e9);
            String appUrl = db.jdbcUrl().replace("user=postgres", "user=bench_app").replace("password=postgres", "password=bench");
            try (Connection app = DriverManager.getConnection(appUrl, "bench_app", "bench"); Connection owner = db.connection()) {
                double scan = 0;
                double bare = 0;
                double serial = 0;
                for (int run = 1; run <= 2; run++) {
                    Map<String, Long> steps = new LinkedHashMap<>();
                    long a = System.nanoTime();
                    for (String council : COUNCILS) {
                        scan(app, owner, council, yearStart, steps);
                    }
                    scan = (System.nanoTime() - a) / 1e9;
                    long b = System.nanoTime();
                    long rows = bareAggregate(owner, true);
                    bare = (System.nanoTime() - b) / 1e9;
                    // the same without parallel workers, as the scan's statements run (a statement that writes never has them)
                    long c = System.nanoTime();
                    bareAggregate(owner, false);
                    serial = (System.nanoTime() - c) / 1e9;
                    System.out.printf(Locale.ROOT, "run %d: scan %.2f s (%s); bare aggregate %.2f s (%d pupils), without parallel"
                            + " workers %.2f s%n", run, scan, steps.entrySet().stream()
                                    .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue() / 1e9))
                                    .collect(Collectors.joining(", ")), bare, rows, serial);
                    if (run == 1) {
                        newFlags(app, yearStart);
                    }
                }
                System.out.printf(Locale.ROOT, "against the bare aggregate without parallel workers (%.2f s): ratio %.1f;"
                        + " load average %.1f%n", serial, scan / serial, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf(Locale.ROOT, "the benchmark took %.0f s in all, with the embedded database's start and migration%n",
                        (System.nanoTime() - started) / 1e9);
                System.out.printf(Locale.ROOT, "attendance scan: %.2f s, bare aggregate %.2f s, ratio %.1f over %d marks%n",
                        scan, bare, scan / bare, marks);
                if (Boolean.getBoolean("benchmark.explain")) {
                    explain(app, owner, "county", yearStart);
                }
            }
        }
    }

    /**
     * The application role (as PersonSearchBenchmark makes it), both councils' term dates, then the marks, generated in
     * SQL from a table of pupils (a valid UPN each, made in Java) and one of school days, one school's file a day for
     * each import; the marks' primary key and index dropped while loading and built again as the changelog makes them.
     */
    private static long generate(MigratedDatabase db, int pupils) throws SQLException, IOException {
        List<LocalDate> days = schoolDays();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("create role bench_app login password 'bench'");
            new SchemaMigrator(AttendanceScanBenchmark.class.getClassLoader()).grantApplicationRole(c, "bench_app");
            AttendanceIngestBenchmark.insertTerms(c);
            s.execute("create unlogged table bench_pupil (tenant_id varchar(32), upn varchar(13), urn varchar(7),"
                    + " absence float8, gone_from date)");
            s.execute("create unlogged table bench_day (day date)");
            Path dir = Files.createTempDirectory("attendance-scan");
            Path file = dir.resolve("pupils.csv");
            try (BufferedWriter w = Files.newBufferedWriter(file)) {
                Random random = new Random(42);
                for (int i = 0; i < pupils; i++) {
                    String council = COUNCILS.get(i % 2);
                    // most pupils attend well; some are persistently absent, a few severely; one in seventy has gone
                    double kind = random.nextDouble();
                    double absence = kind < 0.75 ? 0.05 : kind < 0.93 ? 0.16 : kind < 0.985 ? 0.40 : 0.05;
                    String gone = kind >= 0.985 ? days.get(days.size() - 1 - random.nextInt(30)).toString() : "";
                    w.write(council + "," + AttendanceIngestBenchmark.upn(council, i / 2) + "," + SCHOOLS.get(council).get(i / 2 % 2)
                            + "," + absence + "," + gone + "\n");
                }
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_pupil from stdin with (format csv)", in);
            }
            Files.delete(file);
            Files.delete(dir);
            try (PreparedStatement p = c.prepareStatement("insert into bench_day values (?)")) {
                for (LocalDate d : days) {
                    p.setObject(1, d);
                    p.addBatch();
                }
                p.executeBatch();
            }
            // one import a school day for each school: its id made from the school and the day, for the marks to name it
            s.execute("insert into att_import (id, tenant_id, file_name, uploaded_by, uploaded_at, marks, school_days, unmatched)"
                    + " select md5(k.tenant_id || k.urn || d.day)::uuid, k.tenant_id, k.urn || '-' || d.day || '.csv', 'benchmark',"
                    + " d.day + time '09:30', 0, 1, 0 from att_school k cross join bench_day d");
            s.execute("set maintenance_work_mem = '256MB'");
            s.execute("alter table att_mark drop constraint att_mark_pk");
            s.execute("drop index att_mark_school_day_ix");
            // the foreign keys unchecked while loading (every import and council named exists)
            s.execute("set session_replication_role = replica");
            // x: the day (both sessions alike, so absence comes in whole days mostly); y: the session; z: which code
            s.execute("insert into att_mark (tenant_id, upn, session_date, session, urn, code, import_id)"
                    + " select tenant_id, upn, day, session, urn, case"
                    + "   when gone_from is not null and day >= gone_from then 'N'"
                    + "   when x < absence / 2 then case when y < 0.15 then present else (array['I','I','I','M','C','R'])[1 + floor(z * 6)::int] end"
                    + "   when x < absence then case when y < 0.15 then present else (array['N','O','G','U'])[1 + floor(z * 4)::int] end"
                    + "   when x > 0.997 then 'X'"
                    + "   when x > 0.99 and session = 'AM' then 'L'"
                    + "   else present end,"
                    + " md5(tenant_id || urn || day)::uuid"
                    + " from (select p.tenant_id, p.upn, p.urn, p.absence, p.gone_from, d.day, s.session,"
                    + "   case s.session when 'AM' then '/' else '\\' end as present,"
                    + "   (hashtext(p.upn || d.day)::float8 + 2147483648) / 4294967296 as x,"
                    + "   (hashtext(d.day || p.upn || s.session)::float8 + 2147483648) / 4294967296 as y,"
                    + "   (hashtext(p.upn || '/' || d.day)::float8 + 2147483648) / 4294967296 as z"
                    + "   from bench_pupil p cross join bench_day d cross join (values ('AM'), ('PM')) s (session)) g");
            s.execute("set session_replication_role = origin");
            s.execute("update att_import i set marks = n from (select import_id, count(*) as n from att_mark group by import_id) m"
                    + " where m.import_id = i.id");
            // the primary key and index as the changelog makes them
            s.execute("alter table att_mark add constraint att_mark_pk primary key (tenant_id, upn, session_date, session)");
            s.execute("create index att_mark_school_day_ix on att_mark (tenant_id, urn, session_date)");
            s.execute("drop table bench_pupil");
            s.execute("drop table bench_day");
            // as autovacuum leaves a table in use
            s.execute("vacuum analyze");
            try (ResultSet rs = s.executeQuery("select count(*), round(100.0 * count(*) filter (where code in ('/','\\','L')) / count(*), 1),"
                    + " round(100.0 * count(*) filter (where code in ('I','M','C','R')) / count(*), 1),"
                    + " round(100.0 * count(*) filter (where code in (" + UNAUTHORISED + ")) / count(*), 1),"
                    + " pg_size_pretty(pg_total_relation_size('att_mark')) from att_mark")) {
                rs.next();
                System.out.printf(Locale.ROOT, "%d school days; marks: %s%% present, %s%% authorised, %s%% unauthorised absence;"
                        + " att_mark with its indexes %s%n", days.size(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5));
                return rs.getLong(1);
            }
        }
    }

    /** The school days of the year to the scan day: term weekdays other than bank holidays (as the scan counts them). */
    private static List<LocalDate> schoolDays() {
        String[][] terms = {{"2025-09-03", "2025-10-24"}, {"2025-11-03", "2025-12-19"}, {"2026-01-05", "2026-02-13"},
            {"2026-02-23", "2026-03-27"}, {"2026-04-13", "2026-05-22"}, {"2026-06-01", "2026-07-21"}};
        BankHolidays holidays = BankHolidays.englandAndWales();
        List<LocalDate> days = new ArrayList<>();
        for (String[] t : terms) {
            for (LocalDate d = LocalDate.parse(t[0]); !d.isAfter(LocalDate.parse(t[1])) && !d.isAfter(SCAN_DAY); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.isBankHoliday(d)) {
                    days.add(d);
                }
            }
        }
        return days;
    }

    /**
     * The scan of one council as AttendanceScan runs it: its statements in order with the council's settings on the
     * day (the referral list only where the council uses it), in one transaction; each statement's time added to
     * {@code steps}.
     */
    private static void scan(Connection app, Connection owner, String council, LocalDate yearStart, Map<String, Long> steps)
            throws SQLException {
        app.setAutoCommit(true);
        try (Statement s = app.createStatement()) {
            s.execute("select set_config('portal.tenant', '" + council + "', false)");
        }
        app.setAutoCommit(false);
        for (Map.Entry<String, Object[]> statement : statements(owner, council, yearStart).entrySet()) {
            long a = System.nanoTime();
            NumberedSql.update(app, sqlOf(statement.getKey()), statement.getValue());
            steps.merge(statement.getKey(), System.nanoTime() - a, Long::sum);
        }
        app.commit();
    }

    /** The statements AttendanceScan runs for the council, by name, each with its parameters ?1 onwards. */
    private static Map<String, Object[]> statements(Connection owner, String council, LocalDate yearStart) throws SQLException {
        String bankHolidays = BankHolidays.englandAndWales().all().stream().map(h -> h.date().toString())
                .filter(d -> d.compareTo(yearStart.toString()) >= 0 && d.compareTo(SCAN_DAY.toString()) <= 0)
                .collect(Collectors.joining(","));
        Map<String, Object[]> statements = new LinkedHashMap<>();
        statements.put("ABSENCE", new Object[] {council, yearStart, SCAN_DAY, number(owner, council, AttendanceSettings.PERSISTENT_PERCENT),
            number(owner, council, AttendanceSettings.SEVERE_PERCENT)});
        statements.put("NOTICE_THRESHOLD", new Object[] {council, yearStart, SCAN_DAY,
            number(owner, council, AttendanceSettings.NOTICE_SESSIONS), number(owner, council, AttendanceSettings.NOTICE_WEEKS)});
        statements.put("MISSING", new Object[] {council, yearStart, SCAN_DAY, number(owner, council, AttendanceSettings.MISSING_TRACE_DAYS),
            number(owner, council, AttendanceSettings.MISSING_OFF_ROLL_DAYS), bankHolidays});
        if (AttendanceSettings.CaseManagementReferrals.LISTED.name().equals(setting(owner, council, AttendanceSettings.REFERRALS))) {
            statements.put("REFERRAL", new Object[] {council, yearStart, SCAN_DAY,
                number(owner, council, AttendanceSettings.REFERRAL_BELOW_PERCENT),
                number(owner, council, AttendanceSettings.REFERRAL_WEEKS) * 7});
        }
        return statements;
    }

    private static String sqlOf(String name) {
        return switch (name) {
            case "ABSENCE" -> ScanSql.ABSENCE;
            case "NOTICE_THRESHOLD" -> ScanSql.NOTICE_THRESHOLD;
            case "MISSING" -> ScanSql.MISSING;
            case "REFERRAL" -> ScanSql.REFERRAL;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The council's setting in force on the scan day (its latest value from on or before it), else the fallback. */
    private static String setting(Connection owner, String council, SettingDefinition definition) throws SQLException {
        try (PreparedStatement q = NumberedSql.prepare(owner, "select setting_value from core_tenant_setting where for_tenant = ?1"
                + " and setting_key = ?2 and effective_from <= ?3 order by effective_from desc limit 1", council, definition.key(),
                SCAN_DAY); ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getString(1) : definition.fallback();
        }
    }

    private static int number(Connection owner, String council, SettingDefinition definition) throws SQLException {
        return Integer.parseInt(setting(owner, council, definition));
    }

    /**
     * The baseline: per pupil, possible sessions and unauthorised absences, over every mark; each row read. With the
     * database's parallel workers as it plans (two at PostgreSQL's default settings), or without.
     */
    private static long bareAggregate(Connection owner, boolean parallel) throws SQLException {
        long rows = 0;
        owner.setAutoCommit(false);
        try (Statement s = owner.createStatement()) {
            s.execute("set local max_parallel_workers_per_gather = " + (parallel ? "default" : "0"));
        }
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery("select tenant_id, upn,"
                + " count(*) filter (where code in (" + POSSIBLE + ")), count(*) filter (where code in (" + UNAUTHORISED + "))"
                + " from att_mark group by tenant_id, upn")) {
            while (rs.next()) {
                rs.getString(1);
                rs.getString(2);
                rs.getLong(3);
                rs.getLong(4);
                rows++;
            }
        }
        owner.commit();
        owner.setAutoCommit(true);
        return rows;
    }

    /** The flags the first scan made, by council and kind (NEW_BY_KIND), to show the data flags as a real year would. */
    private static void newFlags(Connection app, LocalDate yearStart) throws SQLException {
        for (String council : COUNCILS) {
            app.setAutoCommit(true);
            try (Statement s = app.createStatement()) {
                s.execute("select set_config('portal.tenant', '" + council + "', false)");
            }
            List<String> kinds = new ArrayList<>();
            try (PreparedStatement q = NumberedSql.prepare(app, ScanSql.NEW_BY_KIND, council, yearStart, SCAN_DAY);
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    kinds.add(rs.getLong(2) + " " + rs.getString(1));
                }
            }
            System.out.println(council + " flagged: " + String.join(", ", kinds));
        }
    }

    /** EXPLAIN ANALYZE of each of the council's statements, as the application role, rolled back. */
    private static void explain(Connection app, Connection owner, String council, LocalDate yearStart) throws SQLException {
        app.setAutoCommit(true);
        try (Statement s = app.createStatement()) {
            s.execute("select set_config('portal.tenant', '" + council + "', false)");
        }
        app.setAutoCommit(false);
        for (Map.Entry<String, Object[]> statement : statements(owner, council, yearStart).entrySet()) {
            System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + statement.getKey() + ":");
            try (PreparedStatement q = NumberedSql.prepare(app, "explain (analyze, buffers) " + sqlOf(statement.getKey()),
                    statement.getValue()); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
            app.rollback();
        }
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) bare aggregate:");
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers) select tenant_id, upn,"
                + " count(*) filter (where code in (" + POSSIBLE + ")), count(*) filter (where code in (" + UNAUTHORISED + "))"
                + " from att_mark group by tenant_id, upn")) {
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    private static String quoted(List<RegisterCode> codes) {
        return codes.stream().map(c -> "'" + c.mark().replace("'", "''") + "'").collect(Collectors.joining(","));
    }
}
