package org.nottspartners.portal.attendance.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.roles.AttendanceRoles;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.persistence.BulkCopy;
import org.nottspartners.portal.core.person.UniquePupilNumber;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.time.Today;

/**
 * A day's (or a week's) register file from a school, into the council's marks (issue 15; RULES.md §4): streamed into a
 * staging table with PostgreSQL's COPY (core's {@link BulkCopy}), checked there in SQL (an unknown code, an unknown
 * school or another school's, a day that is not a school day of the council's term dates, a session not AM or PM, the
 * same session twice, a UPN that fails core's check), each rejected row named by its line; then merged: a school's day
 * sent again replaces it. All or nothing per file: one bad row and nothing of the file is written. Pupils whose UPN
 * matches no person of the council wait in a queue for an officer, never dropped.
 *
 * <p>The file: a header line {@code urn,upn,date,session,code}, then one line per pupil and session, the date as
 * 2026-11-30, the session AM or PM, the code as the regulations write it.
 */
@ApplicationScoped
@Transactional
public class RegisterImport {

    /** The most rejected rows a report lists. */
    static final int MOST_REPORTED = 100;

    /** The header a register file starts with. */
    public static final String HEADER = "urn,upn,date,session,code";

    private static final String DAY = "'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    @Inject
    BulkCopy copy;

    /** What an import did. */
    public record Result(UUID importId, int marks, int schoolDays, int unmatched) {
    }

    public Result importCsv(InputStream csv, String fileName) {
        String tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
        String name = fileName == null || fileName.isBlank() ? "register.csv" : fileName.strip();
        long rows;
        try (InputStream in = new BufferedInputStream(csv)) {
            requireHeader(in);
            rows = copy.intoStaging("att_stage", List.of("urn", "upn", "session_date", "session", "code"), in);
        } catch (BulkCopy.NotCsvException notCsv) {
            throw new InvalidInputException("file", "The file is not a register file: after the line " + HEADER
                    + ", every line has five values (" + notCsv.getMessage() + ")");
        } catch (IOException unreadable) {
            throw new InvalidInputException("file", "The file could not be read: send it again");
        }
        if (rows == 0) {
            throw new InvalidInputException("file", "The file has no marks: after the line " + HEADER
                    + ", one line per pupil and session");
        }
        List<String> problems = problems(tenant);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().limit(MOST_REPORTED)
                    .map(p -> new Problem.FieldError("file", p)).toList());
        }
        return merge(tenant, name, rows);
    }

    /** Every rejected row, by line number (the header is line 1), with its reason, checked in SQL over the whole file. */
    private List<String> problems(String tenant) {
        String codes = Arrays.stream(RegisterCode.values()).map(code -> "'" + code.mark().replace("'", "''") + "'")
                .collect(Collectors.joining(","));
        boolean officer = caller.roles().rolesIn(tenant).contains(AttendanceRoles.ATTENDANCE_OFFICER);
        String sql = "select line, reason from ("
                + " select line + 1 as line, 'the session must be AM or PM, not ''' || coalesce(session, '') || '''' as reason"
                + "   from att_stage where session is null or session not in ('AM', 'PM')"
                + " union all select line + 1, 'unknown register code ''' || coalesce(code, '') || '''' from att_stage"
                + "   where code is null or code not in (" + codes + ")"
                + " union all select line + 1, 'the date must be written like 2026-11-30, not ''' || coalesce(session_date, '')"
                + "   || '''' from att_stage where session_date is null or session_date !~ " + DAY
                + " union all select s.line + 1, 'no school with URN ' || coalesce(s.urn, '(none)') || ' in this council'"
                + "   from att_stage s where not exists (select 1 from att_school k where k.urn = s.urn and k.tenant_id = ?1)"
                + (officer ? "" : " union all select s.line + 1, 'school ' || s.urn || ' is not your school: you send your own"
                        + " school''s registers' from att_stage s where exists (select 1 from att_school k where k.urn = s.urn"
                        + " and k.tenant_id = ?1 and coalesce(k.organisation, '') <> ?2)")
                + " union all select s.line + 1, s.session_date || ' is not a school day in the council''s term dates'"
                + "   from att_stage s where s.session_date ~ " + DAY + " and not exists (select 1 from core_school_term t"
                + "   where t.for_tenant = ?1 and to_date(s.session_date, 'YYYY-MM-DD') between t.starts_on and t.ends_on"
                + "   and extract(isodow from to_date(s.session_date, 'YYYY-MM-DD')) < 6)"
                + " union all select max(line) + 1, 'pupil ' || upn || ' has the ' || session || ' session of ' || session_date"
                + "   || ' twice in the file' from att_stage group by upn, session_date, session having count(*) > 1"
                + ") p order by line limit " + (MOST_REPORTED + 1);
        var query = em.createNativeQuery(sql).setParameter(1, tenant);
        if (!officer) {
            query.setParameter(2, caller.organisation() == null ? "" : caller.organisation());
        }
        List<String> problems = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            problems.add("Line " + ((Number) r[0]).intValue() + ": " + r[1]);
        }
        // core's UPN check, once for each UPN in the file
        for (Object row : em.createNativeQuery("select min(line) + 1, upn from att_stage group by upn order by 1").getResultList()) {
            Object[] r = (Object[]) row;
            String upn = (String) r[1];
            int line = ((Number) r[0]).intValue();
            UniquePupilNumber.problemWith(upn).ifPresent(p -> problems.add("Line " + line + ": UPN '" + (upn == null ? "" : upn)
                    + "': " + p));
        }
        return problems;
    }

    private Result merge(String tenant, String fileName, long rows) {
        UUID importId = UUID.randomUUID();
        int days = ((Number) em.createNativeQuery("select count(*) from (select distinct urn, session_date from att_stage) d")
                .getSingleResult()).intValue();
        em.createNativeQuery("insert into att_import (id, tenant_id, file_name, uploaded_by, uploaded_at, marks, school_days,"
                        + " unmatched) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)")
                .setParameter(1, importId).setParameter(2, tenant)
                .setParameter(3, fileName.length() > 200 ? fileName.substring(0, 200) : fileName)
                .setParameter(4, caller.userName() == null ? caller.userId() : caller.userName())
                .setParameter(5, today.now()).setParameter(6, rows).setParameter(7, days).executeUpdate();
        // a school's day sent again replaces it
        em.createNativeQuery("delete from att_mark m using (select distinct urn, to_date(session_date, 'YYYY-MM-DD') as d"
                + " from att_stage) s where m.tenant_id = ?1 and m.urn = s.urn and m.session_date = s.d")
                .setParameter(1, tenant).executeUpdate();
        em.createNativeQuery("insert into att_mark (tenant_id, upn, session_date, session, urn, code, import_id)"
                        + " select ?1, upn, to_date(session_date, 'YYYY-MM-DD'), session, urn, code, ?2 from att_stage"
                        + " on conflict (tenant_id, upn, session_date, session) do update set urn = excluded.urn,"
                        + " code = excluded.code, import_id = excluded.import_id")
                .setParameter(1, tenant).setParameter(2, importId).executeUpdate();
        int unmatched = em.createNativeQuery("insert into att_unmatched (tenant_id, upn, urn, first_seen)"
                        + " select ?1, s.upn, min(s.urn), now() from att_stage s where not exists (select 1 from core_person p"
                        + " where p.upn = s.upn and p.tenant_id = ?1 and p.merged_into is null) group by s.upn"
                        + " on conflict (tenant_id, upn) do nothing")
                .setParameter(1, tenant).executeUpdate();
        em.createNativeQuery("update att_import set unmatched = ?1 where id = ?2").setParameter(1, unmatched)
                .setParameter(2, importId).executeUpdate();
        AuditTrail.record(AuditAction.CREATE, "attendance-import", importId.toString(),
                rows + " register marks over " + days + " school days from " + fileName);
        return new Result(importId, (int) rows, days, unmatched);
    }

    /** Reads the file's first line and refuses a file that does not start with the register header. */
    private static void requireHeader(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n' && line.size() <= 200) {
            line.write(b);
        }
        String header = line.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replace(" ", "");
        if (!HEADER.equals(header)) {
            throw new InvalidInputException("file", header.isEmpty() ? "The file is empty: a register file starts with the"
                    + " line " + HEADER : "A register file starts with the line " + HEADER + ", not '"
                    + (header.length() > 60 ? header.substring(0, 60) + "..." : header) + "'");
        }
    }
}
