package org.nottspartners.portal.attendance.register;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The register import's SQL over the staging table {@code att_stage} ({@link RegisterImport}), public so that the
 * ingest benchmark runs exactly these statements. Parameters are numbered as JPA's native queries write them.
 */
public final class RegisterSql {

    /** The staging table and its columns, in the file's order. */
    public static final String STAGE = "att_stage";
    public static final java.util.List<String> COLUMNS = java.util.List.of("urn", "upn", "session_date", "session", "code");

    private static final String DAY = "'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'";
    private static final String CODES = Arrays.stream(RegisterCode.values()).map(c -> "'" + c.mark().replace("'", "''") + "'")
            .collect(Collectors.joining(","));

    /**
     * Every rejected row (line, reason), the header being line 1: {@code ?1} the council, {@code ?3} its bank holidays
     * (dates, comma-separated), {@code ?4} the file's dates of the right shape that are no day of the calendar (found
     * by {@link #SHAPED_DATES}; each is named, and never converted); for a school's own upload, {@code ?2} the school's
     * organisation, whose URNs alone it may
     * send. At most {@code limit} rows.
     */
    public static String problems(boolean school, int limit) {
        return "select line, reason from ("
                + " select line + 1 as line, 'the session must be AM or PM, not ''' || coalesce(session, '') || '''' as reason"
                + "   from att_stage where session is null or session not in ('AM', 'PM')"
                + " union all select line + 1, 'unknown register code ''' || coalesce(code, '') || '''' from att_stage"
                + "   where code is null or code not in (" + CODES + ")"
                + " union all select line + 1, 'the date must be written like 2026-11-30, not ''' || coalesce(session_date, '')"
                + "   || '''' from att_stage where session_date is null or session_date !~ " + DAY
                + " union all select line + 1, session_date || ' is not a day of the calendar' from att_stage"
                + "   where session_date = any (string_to_array(?4, ','))"
                + " union all select s.line + 1, 'no school with URN ' || coalesce(s.urn, '(none)') || ' in this council'"
                + "   from att_stage s where not exists (select 1 from att_school k where k.urn = s.urn and k.tenant_id = ?1)"
                + (school ? " union all select s.line + 1, 'school ' || s.urn || ' is not your school: you send your own"
                        + " school''s registers' from att_stage s where exists (select 1 from att_school k where k.urn = s.urn"
                        + " and k.tenant_id = ?1 and coalesce(k.organisation, '') <> ?2)" : "")
                // each distinct date of the file checked once against the terms and bank holidays, then its lines named
                + " union all select s.line + 1, s.session_date || case when d.bank_holiday then ' is a bank holiday, not a school'"
                + "   || ' day' else ' is not a school day in the council''s term dates' end from att_stage s join ("
                + "   select session_date, session_date = any (string_to_array(?3, ',')) as bank_holiday from (select distinct"
                + "   session_date from att_stage where session_date ~ " + DAY + ") f"
                // a date that is no day of the calendar is never converted (CASE keeps the order)
                + "   where case when session_date = any (string_to_array(?4, ',')) then false"
                + "   else session_date = any (string_to_array(?3, ','))"
                + "   or extract(isodow from to_date(session_date, 'YYYY-MM-DD')) > 5 or not exists (select 1 from core_school_term t"
                + "   where t.for_tenant = ?1 and to_date(f.session_date, 'YYYY-MM-DD') between t.starts_on and t.ends_on) end) d"
                + "   on d.session_date = s.session_date"
                + " union all select max(line) + 1, 'pupil ' || upn || ' has the ' || session || ' session of ' || session_date"
                + "   || ' twice in the file' from att_stage group by upn, session_date, session having count(*) > 1"
                + ") p order by line limit " + limit;
    }

    /** The file's dates of the right shape, each once: the import checks each is a day of the calendar (not 30 February). */
    public static final String SHAPED_DATES = "select distinct session_date from att_stage where session_date ~ " + DAY;

    /** Each UPN in the file once, with its first line, for core's UPN check. */
    public static final String UPNS = "select min(line) + 1, upn from att_stage group by upn order by 1";

    /**
     * Locks each school day in the file for this transaction ({@code ?1} the council), without waiting: answers the days
     * another import holds, so that two files for the same day never merge at once.
     */
    public static final String LOCK_DAYS = "select urn, session_date from (select distinct urn, session_date from att_stage) d"
            + " where not pg_try_advisory_xact_lock(hashtext('att-day:' || ?1 || ':' || urn || ':' || session_date))";

    /** How many school days (a school and a date) the file holds. */
    public static final String SCHOOL_DAYS = "select count(*) from (select distinct urn, session_date from att_stage) d";

    /** The import's record: id, council, file name, who, when, marks, school days, the sender's organisation. */
    public static final String INSERT_IMPORT = "insert into att_import (id, tenant_id, file_name, uploaded_by, uploaded_at, marks,"
            + " school_days, unmatched, organisation) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8)";

    /** A school's day sent again replaces it: its old marks go ({@code ?1} the council). */
    public static final String REPLACE_DAYS = "delete from att_mark m using (select distinct urn, to_date(session_date,"
            + " 'YYYY-MM-DD') as d from att_stage) s where m.tenant_id = ?1 and m.urn = s.urn and m.session_date = s.d";

    /** The file's marks ({@code ?1} the council, {@code ?2} the import). */
    public static final String INSERT_MARKS = "insert into att_mark (tenant_id, upn, session_date, session, urn, code, import_id)"
            + " select ?1, upn, to_date(session_date, 'YYYY-MM-DD'), session, urn, code, ?2 from att_stage"
            + " on conflict (tenant_id, upn, session_date, session) do update set urn = excluded.urn,"
            + " code = excluded.code, import_id = excluded.import_id";

    /** Pupils whose UPN matches nobody in the council wait for an officer ({@code ?1} the council). */
    public static final String QUEUE_UNMATCHED = "insert into att_unmatched (tenant_id, upn, urn, first_seen)"
            + " select ?1, s.upn, min(s.urn), now() from att_stage s where not exists (select 1 from core_person p"
            + " where p.upn = s.upn and p.tenant_id = ?1 and p.merged_into is null) group by s.upn"
            + " on conflict (tenant_id, upn) do nothing";

    /** The import's count of unmatched pupils ({@code ?1}), by its id ({@code ?2}) in the council ({@code ?3}). */
    public static final String SET_UNMATCHED = "update att_import set unmatched = ?1 where id = ?2 and tenant_id = ?3";

    private RegisterSql() {
    }
}
