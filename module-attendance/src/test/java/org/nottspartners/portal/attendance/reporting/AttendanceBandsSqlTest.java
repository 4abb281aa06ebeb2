package org.nottspartners.portal.attendance.reporting;

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
 * The City's board report in SQL on a real PostgreSQL (RULES.md §4 City practice, 004: waves by attendance band; reporting
 * by ward × phase × term): each pupil's attendance in each term, over possible sessions only, banded at the council's
 * edges (Wave 1 71-95%, Waves 2 and 3 41-70%), counted by ward and phase; another council's marks never counted.
 */
class AttendanceBandsSqlTest {

    private static MigratedDatabase db;
    private static Connection c;

    @BeforeAll
    static void migrate() throws Exception {
        db = MigratedDatabase.withChangelogs("db/changelog/attendance/changelog.xml");
        c = db.connection();
        c.createStatement().execute("insert into core_school_term (id, for_tenant, name, starts_on, ends_on) values"
                + " (gen_random_uuid(), 'city', 'Autumn 2026', '2026-09-01', '2026-12-18'),"
                + " (gen_random_uuid(), 'city', 'Spring 2027', '2027-01-04', '2027-03-26'),"
                + " (gen_random_uuid(), 'county', 'Autumn 2026', '2026-09-01', '2026-12-18')");
        c.createStatement().execute("insert into att_import (id, tenant_id, file_name, uploaded_by, uploaded_at, marks,"
                + " school_days, unmatched) values ('00000000-0000-0000-0000-000000000001', 'city', 'x', 'x', now(), 0, 0, 0),"
                + " ('00000000-0000-0000-0000-000000000002', 'county', 'x', 'x', now(), 0, 0, 0)");
        person("city", "A0001", "Bulwell");
        person("city", "B0002", "Bulwell");
        person("city", "C0003", null);
        person("county", "D0004", "Newark");
        // 100 sessions each in the autumn: A attends 96, B 80 (8 of the absences authorised), C 50 with 10 not possible (Y1)
        marks("city", "A0001", "122500", LocalDate.of(2026, 9, 7), 96, 4, 0);
        marks("city", "B0002", "122500", LocalDate.of(2026, 9, 7), 80, 20, 0);
        marks("city", "C0003", "122501", LocalDate.of(2026, 9, 7), 45, 45, 10);
        // in the spring A falls to 40 of 100: below the waves
        marks("city", "A0001", "122500", LocalDate.of(2027, 1, 11), 40, 60, 0);
        // the other council's pupil, 50%: never in the City's counts
        marks("county", "D0004", "122700", LocalDate.of(2026, 9, 7), 50, 50, 0);
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
        db.close();
    }

    private static void person(String council, String upn, String ward) throws Exception {
        NumberedSql.update(c, "insert into core_person (id, tenant_id, given_name, family_name, upn, ward, version, created_at,"
                + " created_by, changed_at, changed_by) values (gen_random_uuid(), ?1, 'Pupil', ?2, ?2, ?3, 0, now(), 'x', now(), 'x')",
                council, upn, ward);
    }

    /** {@code present} sessions marked present, then {@code absent} unauthorised, then {@code notPossible} Y1, on weekdays. */
    private static void marks(String council, String upn, String urn, LocalDate from, int present, int absent, int notPossible)
            throws Exception {
        List<String> codes = new ArrayList<>();
        codes.addAll(java.util.Collections.nCopies(present, "/"));
        codes.addAll(java.util.Collections.nCopies(absent, "O"));
        codes.addAll(java.util.Collections.nCopies(notPossible, "Y1"));
        LocalDate day = from;
        for (int i = 0; i < codes.size(); i += 2) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            for (int s = 0; s < 2 && i + s < codes.size(); s++) {
                NumberedSql.update(c, "insert into att_mark (tenant_id, upn, session_date, session, urn, code, import_id)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7::uuid)", council, upn, day, s == 0 ? "AM" : "PM", urn, codes.get(i + s),
                        council.equals("city") ? "00000000-0000-0000-0000-000000000001" : "00000000-0000-0000-0000-000000000002");
            }
            day = day.plusDays(1);
        }
    }

    private static List<String> report(String council) throws Exception {
        c.createStatement().execute("select set_config('portal.tenant', '" + council + "', false)");
        List<String> rows = new ArrayList<>();
        try (var s = NumberedSql.prepare(c, AttendanceBands.SQL, LocalDate.of(2026, 9, 1), 71, 95, 41, LocalDate.of(2027, 8, 31));
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(r.getString(1) + " | " + r.getString(3) + " | " + r.getString(4) + " | " + r.getString(5) + " | " + r.getLong(6));
            }
        }
        return rows;
    }

    @Test
    @DisplayName("004: pupils by term, ward, phase and wave band, possible sessions only, one council's alone")
    void boardReport() throws Exception {
        assertThat(report("city")).containsExactly(
                "Autumn 2026 |  | SECONDARY | WAVES_2_3 | 1",
                "Autumn 2026 | Bulwell | PRIMARY | ABOVE_WAVES | 1",
                "Autumn 2026 | Bulwell | PRIMARY | WAVE_1 | 1",
                "Spring 2027 | Bulwell | PRIMARY | BELOW_WAVES | 1");
    }
}
