package org.nottspartners.portal.attendance.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.testing.MigratedDatabase;
import org.nottspartners.portal.core.testing.NumberedSql;

/**
 * The scan's SQL on a real PostgreSQL (RULES.md §4): persistent and severe absence over possible sessions, the
 * penalty-notice threshold over rolling school weeks that skip the half term, children missing education by
 * consecutive school days, and pupils to refer below 90% with unauthorised absence. Autumn term 2026 with its half term
 * 26-30 October.
 */
class ScanSqlTest {

    private static final LocalDate YEAR = LocalDate.of(2026, 9, 1);
    private static final LocalDate SCAN = LocalDate.of(2026, 12, 4);
    private static final LocalDate HALF_TERM = LocalDate.of(2026, 10, 26);
    private static MigratedDatabase db;
    private static Connection c;

    @BeforeAll
    static void migrate() throws Exception {
        db = MigratedDatabase.withChangelogs("db/changelog/attendance/changelog.xml");
        c = db.connection();
        c.createStatement().execute("insert into core_school_term (id, for_tenant, name, starts_on, ends_on) values"
                + " (gen_random_uuid(), 'county', 'Autumn 1', '2026-09-02', '2026-10-23'),"
                + " (gen_random_uuid(), 'county', 'Autumn 2', '2026-11-02', '2026-12-18'),"
                + " (gen_random_uuid(), 'county', 'Summer 2', '2026-06-01', '2026-07-21')");
        c.createStatement().execute("insert into att_import (id, tenant_id, file_name, uploaded_by, uploaded_at, marks,"
                + " school_days, unmatched) values ('00000000-0000-0000-0000-000000000001', 'county', 'x', 'x', now(), 0, 0, 0)");
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
        db.close();
    }

    /** Both sessions of each school weekday from {@code from} to {@code to}, with the code given. */
    private static void marks(String upn, LocalDate from, LocalDate to, String code) throws Exception {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6 && (d.isBefore(HALF_TERM) || d.isAfter(HALF_TERM.plusDays(4)))) {
                for (String s : List.of("AM", "PM")) {
                    mark(upn, d, s, code);
                }
            }
        }
    }

    private static void mark(String upn, LocalDate d, String session, String code) throws Exception {
        NumberedSql.update(c, "insert into att_mark (tenant_id, upn, session_date, session, urn, code, import_id)"
                + " values ('county', ?1, ?2, ?3, '122700', ?4, '00000000-0000-0000-0000-000000000001')"
                + " on conflict (tenant_id, upn, session_date, session) do update set code = excluded.code", upn, d, session, code);
    }

    private static List<String> flags(String upn) throws Exception {
        List<String> kinds = new ArrayList<>();
        try (var s = NumberedSql.prepare(c, "select kind from att_flag where upn = ?1 order by kind", upn);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                kinds.add(r.getString(1));
            }
        }
        return kinds;
    }

    private static void scan() throws Exception {
        NumberedSql.update(c, ScanSql.ABSENCE, "county", YEAR, SCAN, 10, 50);
        NumberedSql.update(c, ScanSql.NOTICE_THRESHOLD, "county", YEAR, SCAN, 10, 10);
        NumberedSql.update(c, ScanSql.MISSING, "county", YEAR, SCAN, 10, 20, "2026-12-25");
        NumberedSql.update(c, ScanSql.REFERRAL, "county", YEAR, SCAN, 90, 42);
    }

    @Test
    @DisplayName("§4: each kind of flag from the marks alone, in one pass over every pupil")
    void flagsFromTheMarks() throws Exception {
        // present all term: nothing
        marks("A0001", LocalDate.of(2026, 9, 2), SCAN, "/");
        // 9 unauthorised sessions before half term and 1 after: 10 within 10 school weeks (the half term is not a school
        // week); 10 of 124 possible sessions missed is 8.1%, not persistent absence
        marks("B0002", LocalDate.of(2026, 9, 2), SCAN, "/");
        marks("B0002", LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 22), "G");
        mark("B0002", LocalDate.of(2026, 10, 23), "AM", "G");
        mark("B0002", LocalDate.of(2026, 11, 2), "AM", "N");
        // ill (authorised) for 3 weeks: persistent absence, nothing unauthorised
        marks("C0003", LocalDate.of(2026, 9, 2), SCAN, "/");
        marks("C0003", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20), "I");
        // gone since 9 November with no reason: 20 school days to 4 December
        marks("D0004", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 11, 6), "/");
        marks("D0004", LocalDate.of(2026, 11, 9), SCAN, "N");
        // 9 school days absent without reason, then back: not missing education
        marks("E0005", LocalDate.of(2026, 9, 2), SCAN, "/");
        marks("E0005", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 26), "O");
        scan();
        assertThat(flags("A0001")).isEmpty();
        assertThat(flags("B0002")).containsExactly("NOTICE_THRESHOLD");
        assertThat(flags("C0003")).containsExactly("PERSISTENT");
        assertThat(flags("D0004")).containsExactly("MISSING_OFF_ROLL", "MISSING_TRACE", "NOTICE_THRESHOLD", "PERSISTENT",
                "REFERRAL");
        assertThat(flags("E0005")).containsExactly("NOTICE_THRESHOLD", "PERSISTENT", "REFERRAL");
    }

    @Test
    @DisplayName("§4: 10 unauthorised sessions 11 school weeks apart are not within 10 school weeks")
    void aWindowNeverSpansMoreWeeks() throws Exception {
        marks("F0006", LocalDate.of(2026, 9, 2), SCAN, "/");
        // 5 sessions in the week of 7 September and 5 in the week of 23 November: school weeks 2 and 12
        marks("F0006", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 8), "G");
        mark("F0006", LocalDate.of(2026, 9, 9), "AM", "G");
        marks("F0006", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), "U");
        mark("F0006", LocalDate.of(2026, 11, 25), "AM", "U");
        scan();
        assertThat(flags("F0006")).doesNotContain("NOTICE_THRESHOLD");
    }

    @Test
    @DisplayName("000 §2.15: late after registers closed (U) or a holiday not granted (G) has a known whereabouts: not missing")
    void knownWhereaboutsAreNotMissing() throws Exception {
        marks("G0007", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 11, 6), "/");
        marks("G0007", LocalDate.of(2026, 11, 9), SCAN, "U");
        marks("H0008", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 11, 6), "/");
        marks("H0008", LocalDate.of(2026, 11, 9), SCAN, "G");
        scan();
        assertThat(flags("G0007")).doesNotContain("MISSING_TRACE", "MISSING_OFF_ROLL");
        assertThat(flags("H0008")).doesNotContain("MISSING_TRACE", "MISSING_OFF_ROLL").contains("NOTICE_THRESHOLD");
    }

    @Test
    @DisplayName("§4: a window of 10 school weeks may span terms, the summer holiday too")
    void aWindowSpansTheSummer() throws Exception {
        // 6 unauthorised sessions in the last week of the summer term, 4 in the first week of the autumn term
        marks("J0009", LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 21), "N");
        mark("J0009", LocalDate.of(2026, 7, 17), "AM", "N");
        mark("J0009", LocalDate.of(2026, 7, 17), "PM", "N");
        marks("J0009", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3), "N");
        marks("J0009", LocalDate.of(2026, 9, 4), SCAN, "/");
        scan();
        assertThat(flags("J0009")).contains("NOTICE_THRESHOLD");
    }
}
