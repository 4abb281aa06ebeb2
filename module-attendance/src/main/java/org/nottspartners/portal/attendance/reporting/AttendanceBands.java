package org.nottspartners.portal.attendance.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.register.RegisterCode;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.tenancy.TenantSettings;

/**
 * The board report of attendance (City 004; RULES.md §4 "Reporting by ward × phase × term, and attendance-band
 * distributions"): each pupil's attendance in each term of a school year, counted in SQL over possible sessions, put in
 * the council's wave bands, and counted by ward (from the family record), phase (from the school) and term. Counts
 * only: no pupil is named.
 */
@ApplicationScoped
@Transactional
public class AttendanceBands {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantSettings settings;

    /** One count: pupils of a ward and phase in a term whose attendance fell in a band. */
    public record Count(String term, LocalDate termStarts, String ward, String phase, Band band, long pupils) {
    }

    /** A term's counts by ward and phase (rows), band by band, with the phase totals for the chart. */
    public record Term(String name, LocalDate starts, Map<String, Map<Band, Long>> byWardAndPhase, Map<String, Map<Band, Long>> byPhase) {
    }

    private static final String POSSIBLE = codes(true, false);
    private static final String ATTENDED = codes(true, true);

    /**
     * The counts in SQL: {@code ?1} and {@code ?5} the school year's first and last days, {@code ?2} and {@code ?3}
     * Wave 1's lowest and highest percentages, {@code ?4} the lowest of Waves 2 and 3; the council is the session's.
     */
    public static final String SQL = "select t.name, to_char(t.starts_on, 'YYYY-MM-DD'), coalesce(p.ward, ''),"
                        + " s.phase, case when x.pct > ?3 then 'ABOVE_WAVES' when x.pct >= ?2 then 'WAVE_1'"
                        + " when x.pct >= ?4 then 'WAVES_2_3' else 'BELOW_WAVES' end, count(*)"
                        + " from (select m.upn, m.urn, t.id as term_id, 100.0 * count(*) filter (where m.code in (" + ATTENDED
                        + ")) / count(*) filter (where m.code in (" + POSSIBLE + ")) as pct"
                        + "   from att_mark m join core_school_term t on t.for_tenant = m.tenant_id"
                        + "   and m.session_date between t.starts_on and t.ends_on"
                        + "   where m.tenant_id = current_setting('portal.tenant', true) and m.session_date between ?1 and ?5"
                        + "   group by m.upn, m.urn, t.id having count(*) filter (where m.code in (" + POSSIBLE + ")) > 0) x"
                        + " join core_school_term t on t.id = x.term_id and t.for_tenant = current_setting('portal.tenant', true)"
                        + " join att_school s on s.tenant_id = current_setting('portal.tenant', true) and s.urn = x.urn"
                        + " left join core_person p on p.tenant_id = current_setting('portal.tenant', true) and p.upn = x.upn"
                        + "   and p.merged_into is null"
                        + " group by 1, 2, 3, 4, 5 order by 2, 3, 4, 5";

    /** Every count of the school year that {@code day} is in, term by term. */
    public List<Count> counts(LocalDate day) {
        LocalDate from = PupilAttendance.schoolYearStart(day);
        int w1From = settings.number(AttendanceSettings.WAVE_ONE_FROM, day);
        int w1To = settings.number(AttendanceSettings.WAVE_ONE_TO, day);
        int w23From = settings.number(AttendanceSettings.WAVES_TWO_THREE_FROM, day);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter(1, from).setParameter(2, w1From).setParameter(3, w1To).setParameter(4, w23From)
                .setParameter(5, from.plusYears(1).minusDays(1)).getResultList();
        List<Count> counts = new ArrayList<>();
        for (Object[] r : rows) {
            String ward = ((String) r[2]).isBlank() ? "Ward not recorded" : (String) r[2];
            counts.add(new Count((String) r[0], LocalDate.parse((String) r[1]), ward, phase((String) r[3]),
                    Band.valueOf((String) r[4]), ((Number) r[5]).longValue()));
        }
        return counts;
    }

    /** The counts by term, each with its ward × phase rows and phase totals. */
    public List<Term> terms(LocalDate day) {
        Map<LocalDate, Term> terms = new LinkedHashMap<>();
        for (Count c : counts(day)) {
            Term t = terms.computeIfAbsent(c.termStarts(), k -> new Term(c.term(), c.termStarts(), new LinkedHashMap<>(),
                    new LinkedHashMap<>()));
            t.byWardAndPhase().computeIfAbsent(c.ward() + ", " + c.phase(), k -> new EnumMap<>(Band.class))
                    .merge(c.band(), c.pupils(), Long::sum);
            t.byPhase().computeIfAbsent(c.phase(), k -> new EnumMap<>(Band.class)).merge(c.band(), c.pupils(), Long::sum);
        }
        return List.copyOf(terms.values());
    }

    /** The report as a spreadsheet: one row per term, ward, phase and band. */
    public byte[] xlsx(LocalDate day) {
        return Spreadsheets.xlsx("Attendance bands", List.of(
                new Spreadsheets.Column<Count>("Term", Count::term),
                new Spreadsheets.Column<Count>("Term starts", Count::termStarts),
                new Spreadsheets.Column<Count>("Ward", Count::ward),
                new Spreadsheets.Column<Count>("Phase", Count::phase),
                new Spreadsheets.Column<Count>("Band", c -> c.band().label()),
                new Spreadsheets.Column<Count>("Pupils", Count::pupils)), counts(day));
    }

    private static String phase(String phase) {
        return phase == null ? "" : phase.charAt(0) + phase.substring(1).toLowerCase(java.util.Locale.UK);
    }

    private static String codes(boolean possible, boolean attended) {
        return java.util.Arrays.stream(RegisterCode.values()).filter(c -> possible ? c.possible() : true)
                .filter(c -> !attended || !c.absence()).map(c -> "'" + c.mark().replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(","));
    }
}
