package org.nottspartners.portal.attendance.scan;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.register.RegisterCode;

/**
 * The scan's SQL, one statement per kind of flag, each over every pupil's marks in one pass, public so that the
 * benchmark runs exactly these statements. Parameters: {@code ?1} the council, {@code ?2} the first day of the school
 * year, {@code ?3} the day of the scan, then each statement's own. Each inserts new flags and refreshes old ones, and
 * answers the number of rows it touched; {@code first_flagged_on = ?3} marks the new ones.
 */
public final class ScanSql {

    static final String POSSIBLE = codes(RegisterCode::possible);
    static final String ABSENT = codes(RegisterCode::absence);
    static final String UNAUTHORISED = codes(RegisterCode::unauthorised);

    /**
     * Absence with no known reason (N: no reason yet provided; O: other unauthorised): a late arrival after registers
     * closed (U) was in school, and a holiday not granted (G) has a known reason, so neither makes a child missing.
     */
    static final String NO_KNOWN_REASON = "'N','O'";

    private static final String UPSERT = " on conflict (tenant_id, upn, kind, school_year) do update set"
            + " last_flagged_on = excluded.last_flagged_on, detail = excluded.detail";

    /** Persistent ({@code ?4}% or more of possible sessions missed) and severe ({@code ?5}%) absence this school year. */
    public static final String ABSENCE = "insert into att_flag (tenant_id, upn, kind, school_year, first_flagged_on,"
            + " last_flagged_on, detail)"
            + " select ?1, upn, k.kind, ?2, ?3, ?3, round(100.0 * (possible - absent) / possible, 1) || '% attendance: '"
            + " || absent || ' of ' || possible || ' possible sessions missed'"
            + " from (select upn, count(*) filter (where code in (" + POSSIBLE + ")) as possible,"
            + " count(*) filter (where code in (" + ABSENT + ")) as absent from att_mark"
            + " where tenant_id = ?1 and session_date between ?2 and ?3 group by upn) r"
            + " join (values ('PERSISTENT', ?4), ('SEVERE', ?5)) as k (kind, percent)"
            + " on r.possible > 0 and r.absent * 100 >= k.percent * r.possible" + UPSERT;

    /**
     * The penalty-notice threshold: {@code ?4} sessions of unauthorised absence within {@code ?5} consecutive school weeks
     * (weeks with a school day in the council's term dates, numbered in order so a window spans holidays and terms).
     * Whole weeks from a Monday: a window found here is inside one the rule ({@code PenaltyNoticeRule}) also finds, so
     * the scan never flags a pupil the rule would not; the officer's decision for each parent is the rule's.
     */
    public static final String NOTICE_THRESHOLD = "insert into att_flag (tenant_id, upn, kind, school_year, first_flagged_on,"
            + " last_flagged_on, detail)"
            + " select ?1, upn, 'NOTICE_THRESHOLD', ?2, ?3, ?3, max(k) || ' sessions of unauthorised absence within '"
            + " || ?5 || ' school weeks' from ("
            + "  select m.upn, count(*) over (partition by m.upn order by w.n range between (?5 - 1)::bigint preceding and current row) as k"
            + "  from att_mark m join (select monday, row_number() over (order by monday) as n from (select distinct"
            + "   date_trunc('week', g)::date as monday from core_school_term t, generate_series(t.starts_on, t.ends_on,"
            + "   interval '1 day') g where t.for_tenant = ?1 and extract(isodow from g) < 6) d) w"
            + "   on w.monday = date_trunc('week', m.session_date)::date"
            // a window may span the summer holiday: the year before the scan, not only this school year
            + "  where m.tenant_id = ?1 and m.session_date between ?3::date - 366 and ?3 and m.code in (" + UNAUTHORISED + ")) c"
            + " where k >= ?4 group by upn" + UPSERT;

    /**
     * Children missing education: the run of school days, up to the pupil's last marked day, on which every session was
     * absence with no known reason (N or O); {@code ?4} days or more to trace (MISSING_TRACE), {@code ?5} or more to consider taking off
     * roll (MISSING_OFF_ROLL). School days are the council's term weekdays other than the bank holidays in {@code ?6}
     * (dates, comma-separated).
     */
    public static final String MISSING = "insert into att_flag (tenant_id, upn, kind, school_year, first_flagged_on,"
            + " last_flagged_on, detail)"
            + " select ?1, upn, k.kind, ?2, ?3, ?3, days || ' school days absent without a known reason, to ' || last_day"
            + " from (select upn, count(*) as days, max(day) as last_day from ("
            + "   select d.upn, d.day, d.last_marked, d.n - row_number() over (partition by d.upn order by d.n) as island from ("
            + "     select m.upn, m.session_date as day, s.n, bool_and(m.code in (" + NO_KNOWN_REASON + ")) as gone,"
            + "     max(m.session_date) over (partition by m.upn) as last_marked from att_mark m"
            + "     join (select g::date as day, row_number() over (order by g) as n from core_school_term t,"
            + "       generate_series(t.starts_on, t.ends_on, interval '1 day') g where t.for_tenant = ?1"
            + "       and extract(isodow from g) < 6 and g::date <> all (string_to_array(?6, ',')::date[])) s"
            + "       on s.day = m.session_date"
            + "     where m.tenant_id = ?1 and m.session_date between ?2 and ?3"
            // only pupils whose last marked day was all unauthorised absence can end a run on it
            + "     and m.upn in (select l.upn from (select upn, max(session_date) as last_day from att_mark where tenant_id = ?1"
            + "       and session_date between ?2 and ?3 and code in (" + NO_KNOWN_REASON + ") group by upn) l"
            + "       where not exists (select 1 from att_mark k where k.tenant_id = ?1 and k.upn = l.upn"
            + "       and k.session_date >= l.last_day and k.session_date <= ?3 and k.code not in (" + NO_KNOWN_REASON + ")))"
            + "     group by m.upn, m.session_date, s.n) d"
            + "   where d.gone) b"
            + "   group by upn, island having max(day) = max(last_marked)) runs"
            + " join (values ('MISSING_TRACE', ?4), ('MISSING_OFF_ROLL', ?5)) as k (kind, days_needed)"
            + " on runs.days >= k.days_needed" + UPSERT;

    /**
     * Pupils to consider referring for case management (County 002 §1b4): attendance below {@code ?4}% over the
     * {@code ?5} days before the scan, with unauthorised absence.
     */
    public static final String REFERRAL = "insert into att_flag (tenant_id, upn, kind, school_year, first_flagged_on,"
            + " last_flagged_on, detail)"
            + " select ?1, upn, 'REFERRAL', ?2, ?3, ?3, round(100.0 * (possible - absent) / possible, 1)"
            + " || '% attendance over the last ' || (?5 / 7) || ' weeks, ' || unauthorised || ' sessions unauthorised'"
            + " from (select upn, count(*) filter (where code in (" + POSSIBLE + ")) as possible,"
            + " count(*) filter (where code in (" + ABSENT + ")) as absent,"
            + " count(*) filter (where code in (" + UNAUTHORISED + ")) as unauthorised from att_mark"
            + " where tenant_id = ?1 and session_date between ?3::date - ?5::int and ?3 group by upn) r"
            + " where possible > 0 and unauthorised > 0 and (possible - absent) * 100 < ?4 * possible" + UPSERT;

    /** The new flags of a scan, by kind. */
    public static final String NEW_BY_KIND = "select kind, count(*) from att_flag where tenant_id = ?1 and first_flagged_on = ?3"
            + " and school_year = ?2 group by kind order by kind";

    /** The matched pupils flagged persistently or severely absent by this day's scan (core's person, the kind). */
    public static final String ABSENT_PUPILS = "select p.id, f.kind from att_flag f join core_person p on p.tenant_id = f.tenant_id"
            + " and p.upn = f.upn and p.merged_into is null where f.tenant_id = ?1 and f.school_year = ?2 and f.last_flagged_on = ?3"
            + " and f.kind in ('PERSISTENT', 'SEVERE') order by p.id, f.kind";

    private ScanSql() {
    }

    private static String codes(Predicate<RegisterCode> which) {
        return Arrays.stream(RegisterCode.values()).filter(which).map(c -> "'" + c.mark().replace("'", "''") + "'")
                .collect(Collectors.joining(","));
    }
}
