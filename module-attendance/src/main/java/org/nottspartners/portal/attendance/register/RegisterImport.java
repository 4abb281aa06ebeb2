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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.roles.AttendanceRoles;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.persistence.BulkCopy;
import org.nottspartners.portal.core.person.UniquePupilNumber;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;
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

    /** A sample register file, to start from. */
    public static final String SAMPLE = HEADER + "\n122500,L892101299001,2026-11-30,AM,/\n122500,L892101299001,2026-11-30,PM,N\n";

    /** England's bank holidays, none of them a school day (core's calendar). */
    private static final String BANK_HOLIDAYS = BankHolidays.englandAndWales().all().stream().map(h -> h.date().toString())
            .collect(Collectors.joining(","));

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    @Inject
    BulkCopy copy;

    @Inject
    TenantSettings settings;

    /** What an import did. */
    public record Result(UUID importId, int marks, int schoolDays, int unmatched) {
    }

    public Result importCsv(InputStream csv, String fileName) {
        String tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
        String name = fileName == null || fileName.isBlank() ? "register.csv" : fileName.strip();
        long rows;
        try (InputStream in = new BufferedInputStream(csv)) {
            requireHeader(in);
            rows = copy.intoStaging(RegisterSql.STAGE, RegisterSql.COLUMNS, in,
                    settings.number(AttendanceSettings.REGISTER_MAX_MEGABYTES, today.date()) * 1024L * 1024L);
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
        boolean officer = caller.roles().rolesIn(tenant).contains(AttendanceRoles.ATTENDANCE_OFFICER);
        List<String> notDays = new ArrayList<>();
        for (Object date : em.createNativeQuery(RegisterSql.SHAPED_DATES).getResultList()) {
            try {
                java.time.LocalDate.parse((String) date);
            } catch (java.time.format.DateTimeParseException notADay) {
                notDays.add((String) date);
            }
        }
        var query = em.createNativeQuery(RegisterSql.problems(!officer, MOST_REPORTED + 1)).setParameter(1, tenant)
                .setParameter(3, BANK_HOLIDAYS).setParameter(4, String.join(",", notDays));
        if (!officer) {
            query.setParameter(2, caller.organisation() == null ? "" : caller.organisation());
        }
        List<String> problems = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            problems.add("Line " + ((Number) r[0]).intValue() + ": " + r[1]);
        }
        // core's UPN check, once for each UPN in the file
        for (Object row : em.createNativeQuery(RegisterSql.UPNS).getResultList()) {
            Object[] r = (Object[]) row;
            String upn = (String) r[1];
            int line = ((Number) r[0]).intValue();
            UniquePupilNumber.problemWith(upn).ifPresent(p -> problems.add("Line " + line + ": UPN '" + (upn == null ? "" : upn)
                    + "': " + p));
        }
        return problems;
    }

    private Result merge(String tenant, String fileName, long rows) {
        // two files for the same school day never merge at once: the second is told, and nothing of it is written
        List<?> busy = em.createNativeQuery(RegisterSql.LOCK_DAYS).setParameter(1, tenant).getResultList();
        if (!busy.isEmpty()) {
            Object[] day = (Object[]) busy.get(0);
            throw new ActionRefusedException("Another file for the same day is being imported", "A file with school " + day[0]
                    + "'s register for " + day[1] + " is being imported just now; nothing of this file has been saved. Send it"
                    + " again in a minute: a day sent again replaces it.");
        }
        UUID importId = UUID.randomUUID();
        int days = ((Number) em.createNativeQuery(RegisterSql.SCHOOL_DAYS).getSingleResult()).intValue();
        em.createNativeQuery(RegisterSql.INSERT_IMPORT)
                .setParameter(1, importId).setParameter(2, tenant)
                .setParameter(3, fileName.length() > 200 ? fileName.substring(0, 200) : fileName)
                .setParameter(4, caller.userName() == null ? caller.userId() : caller.userName())
                .setParameter(5, today.now()).setParameter(6, rows).setParameter(7, days)
                .setParameter(8, caller.organisation() == null ? "" : caller.organisation()).executeUpdate();
        em.createNativeQuery(RegisterSql.REPLACE_DAYS).setParameter(1, tenant).executeUpdate();
        em.createNativeQuery(RegisterSql.INSERT_MARKS).setParameter(1, tenant).setParameter(2, importId).executeUpdate();
        int unmatched = em.createNativeQuery(RegisterSql.QUEUE_UNMATCHED).setParameter(1, tenant).executeUpdate();
        em.createNativeQuery(RegisterSql.SET_UNMATCHED).setParameter(1, unmatched).setParameter(2, importId)
                .setParameter(3, tenant).executeUpdate();
        AuditTrail.record(AuditAction.CREATE, "attendance-import", importId.toString(),
                rows + " register marks over " + days + " school days from " + fileName);
        return new Result(importId, (int) rows, days, unmatched);
    }

    /** An import as its sender and the officers see it. */
    public record Sent(String fileName, String uploadedBy, String uploadedAt, int marks, int schoolDays, int unmatched) {
    }

    /**
     * The latest imports: an attendance officer sees the council's; a school only its own organisation's (issue 15:
     * "schools see only their own school's uploads").
     */
    public List<Sent> recent(int max) {
        String tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
        boolean officer = caller.roles().rolesIn(tenant).contains(AttendanceRoles.ATTENDANCE_OFFICER);
        String organisation = caller.organisation();
        if (!officer && (organisation == null || organisation.isBlank())) {
            return List.of(); // a school user whose account names no school sees no school's uploads
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select file_name, uploaded_by, to_char(uploaded_at at time zone 'Europe/London',"
                        + " 'YYYY-MM-DD HH24:MI'), marks, school_days, unmatched"
                        + " from att_import where tenant_id = ?1 and (?2 or organisation = ?3) order by uploaded_at desc limit ?4")
                .setParameter(1, tenant).setParameter(2, officer)
                .setParameter(3, organisation == null ? "" : organisation).setParameter(4, max)
                .getResultList();
        return rows.stream().map(r -> new Sent((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue())).toList();
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
