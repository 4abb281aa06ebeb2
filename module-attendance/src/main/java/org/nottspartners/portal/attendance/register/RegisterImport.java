package org.nottspartners.portal.attendance.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.AttendanceRoles;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.person.UniquePupilNumber;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.time.Today;
import org.postgresql.PGConnection;

/**
 * A day's (or a week's) register file from a school, into the council's marks (issue 15; RULES.md §4): streamed into a
 * staging table with PostgreSQL's COPY, checked there in SQL (an unknown code, an unknown school or another school's,
 * a day that is not a school day of the council's term dates, a session not AM or PM, the same session twice, a UPN
 * that fails core's check), each rejected row named by its line; then merged: a school's day sent again replaces it.
 * All or nothing per file: one bad row and nothing of the file is written. Pupils whose UPN matches no person of the
 * council wait in a queue for an officer, never dropped.
 *
 * <p>The file: a header line {@code urn,upn,date,session,code}, then one line per pupil and session, the date as
 * 2026-11-30, the session AM or PM, the code as the regulations write it.
 */
@ApplicationScoped
@Transactional
public class RegisterImport {

    /** The most rejected rows a report lists; the count says how many there were in all. */
    static final int MOST_REPORTED = 100;

    /** The header a register file starts with. */
    public static final String HEADER = "urn,upn,date,session,code";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    /** What an import did. */
    public record Result(UUID importId, int marks, int schoolDays, int unmatched) {
    }

    public Result importCsv(InputStream csv, String fileName) {
        String tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
        String name = fileName == null || fileName.isBlank() ? "register.csv" : fileName.strip();
        try {
            em.createNativeQuery("select 1").getSingleResult(); // the transaction's connection, with the council set
            Connection c = em.unwrap(Connection.class);
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table att_stage (line serial, urn text, upn text, session_date text, session text,"
                        + " code text) on commit drop");
            }
            long rows;
            try (InputStream in = new java.io.BufferedInputStream(csv)) {
                requireHeader(in);
                rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy att_stage (urn, upn, session_date, session, code)"
                        + " from stdin with (format csv)", in);
            } catch (SQLException notCsv) {
                throw new InvalidInputException("file", "The file is not a register file: it must start with the line "
                        + HEADER + " and have five values on every line (" + firstLine(notCsv.getMessage()) + ")");
            }
            if (rows == 0) {
                throw new InvalidInputException("file", "The file has no marks: after the line " + HEADER
                        + ", one line per pupil and session");
            }
            List<String> problems = problems(c, tenant);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.stream().limit(MOST_REPORTED)
                        .map(p -> new Problem.FieldError("file", p)).toList());
            }
            return merge(c, tenant, name, rows);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The register could not be read into the database", e);
        }
    }

    /** Every rejected row, by line number (the header is line 1), with its reason, checked in SQL over the whole file. */
    private List<String> problems(Connection c, String tenant) throws SQLException {
        String codes = Arrays.stream(RegisterCode.values()).map(code -> "'" + code.mark().replace("'", "''") + "'")
                .collect(Collectors.joining(","));
        boolean officer = caller.roles().rolesIn(tenant).contains(AttendanceRoles.ATTENDANCE_OFFICER);
        String sql = "select line, reason from ("
                + " select line + 1 as line, 'the session must be AM or PM, not ''' || coalesce(session, '') || '''' as reason"
                + "   from att_stage where session is null or session not in ('AM', 'PM')"
                + " union all select line + 1, 'unknown register code ''' || coalesce(code, '') || '''' from att_stage"
                + "   where code is null or code not in (" + codes + ")"
                + " union all select line + 1, 'the date must be written like 2026-11-30, not ''' || coalesce(session_date, '') || ''''"
                + "   from att_stage where session_date is null or session_date !~ '^\\d{4}-\\d{2}-\\d{2}$'"
                + " union all select s.line + 1, 'no school with URN ' || coalesce(s.urn, '(none)') || ' in this council'"
                + "   from att_stage s where not exists (select 1 from att_school k where k.urn = s.urn and k.tenant_id = ?)"
                + (officer ? "" : " union all select s.line + 1, 'school ' || s.urn || ' is not your school: you send your own"
                        + " school''s registers' from att_stage s where exists (select 1 from att_school k where k.urn = s.urn"
                        + " and k.tenant_id = ? and coalesce(k.organisation, '') <> ?)")
                + " union all select s.line + 1, s.session_date || ' is not a school day in the council''s term dates'"
                + "   from att_stage s where s.session_date ~ '^\\d{4}-\\d{2}-\\d{2}$' and not exists (select 1 from core_school_term t"
                + "   where t.for_tenant = ? and to_date(s.session_date, 'YYYY-MM-DD') between t.starts_on and t.ends_on"
                + "   and extract(isodow from to_date(s.session_date, 'YYYY-MM-DD')) < 6)"
                + " union all select max(line) + 1, 'pupil ' || upn || ' has the ' || session || ' session of ' || session_date"
                + "   || ' twice in the file' from att_stage group by upn, session_date, session having count(*) > 1"
                + ") p order by line limit " + (MOST_REPORTED + 1);
        List<String> problems = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, tenant);
            if (!officer) {
                ps.setString(i++, tenant);
                ps.setString(i++, caller.organisation() == null ? "" : caller.organisation());
            }
            ps.setString(i, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    problems.add("Line " + rs.getInt(1) + ": " + rs.getString(2));
                }
            }
        }
        // core's UPN check, once for each UPN in the file
        try (PreparedStatement ps = c.prepareStatement("select min(line) + 1, upn from att_stage group by upn order by 1");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String upn = rs.getString(2);
                int line = rs.getInt(1);
                UniquePupilNumber.problemWith(upn).ifPresent(p -> problems.add("Line " + line + ": UPN '"
                        + (upn == null ? "" : upn) + "': " + p));
            }
        }
        return problems;
    }

    private Result merge(Connection c, String tenant, String fileName, long rows) throws SQLException {
        UUID importId = UUID.randomUUID();
        int days;
        try (PreparedStatement ps = c.prepareStatement("select count(*) from (select distinct urn, session_date from att_stage) d");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            days = rs.getInt(1);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into att_import (id, tenant_id, file_name, uploaded_by, uploaded_at,"
                + " marks, school_days, unmatched) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
            ps.setObject(1, importId);
            ps.setString(2, tenant);
            ps.setString(3, fileName.length() > 200 ? fileName.substring(0, 200) : fileName);
            ps.setString(4, caller.userName() == null ? caller.userId() : caller.userName());
            ps.setObject(5, today.now());
            ps.setLong(6, rows);
            ps.setInt(7, days);
            ps.executeUpdate();
        }
        // a school's day sent again replaces it
        exec(c, "delete from att_mark m using (select distinct urn, to_date(session_date, 'YYYY-MM-DD') as d from att_stage) s"
                + " where m.tenant_id = ? and m.urn = s.urn and m.session_date = s.d", tenant);
        exec(c, "insert into att_mark (tenant_id, upn, session_date, session, urn, code, import_id)"
                + " select ?, upn, to_date(session_date, 'YYYY-MM-DD'), session, urn, code, ? from att_stage"
                + " on conflict (tenant_id, upn, session_date, session) do update set urn = excluded.urn, code = excluded.code,"
                + " import_id = excluded.import_id", tenant, importId);
        int unmatched = exec(c, "insert into att_unmatched (tenant_id, upn, urn, first_seen)"
                + " select ?, s.upn, min(s.urn), now() from att_stage s where not exists (select 1 from core_person p"
                + " where p.upn = s.upn and p.tenant_id = ? and p.merged_into is null) group by s.upn"
                + " on conflict (tenant_id, upn) do nothing", tenant, tenant);
        exec(c, "update att_import set unmatched = ? where id = ?", unmatched, importId);
        AuditTrail.record(AuditAction.CREATE, "attendance-import", importId.toString(),
                rows + " register marks over " + days + " school days from " + fileName);
        return new Result(importId, (int) rows, days, unmatched);
    }

    private static int exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** Reads the file's first line and refuses a file that does not start with the register header. */
    private static void requireHeader(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() > 200) {
                break;
            }
            line.write(b);
        }
        String header = line.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").strip()
                .toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (!HEADER.equals(header)) {
            throw new InvalidInputException("file", header.isEmpty() ? "The file is empty: a register file starts with the"
                    + " line " + HEADER : "A register file starts with the line " + HEADER + ", not '"
                    + (header.length() > 60 ? header.substring(0, 60) + "..." : header) + "'");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Who may send registers: a school for its own school, an attendance officer for any of the council's. */
    public static final Set<PortalRole> SENDERS = Set.of(PortalRole.SCHOOL_STAFF, AttendanceRoles.ATTENDANCE_OFFICER);
}
