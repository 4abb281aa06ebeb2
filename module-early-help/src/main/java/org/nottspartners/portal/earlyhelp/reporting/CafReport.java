package org.nottspartners.portal.earlyhelp.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.export.Spreadsheets.Column;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.casework.ClosureOutcome;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpSettings;

/**
 * The CAF measures of the current council for a reporting year (001 L882, L2086-2090), counted by the database: no
 * case is loaded, so the report reads no person's record. The child population is the council's setting in force on
 * the year's first day.
 */
@ApplicationScoped
@Transactional
public class CafReport {

    /** The outcomes counted as "needs met": the City's own, and County's fully resolved. */
    static final List<ClosureOutcome> NEEDS_MET = List.of(ClosureOutcome.NEEDS_MET, ClosureOutcome.FULLY_RESOLVED);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantSettings settings;

    @Inject
    Today today;

    /** The report for the reporting year starting on {@code yearStart} (1 April), against the year before it. */
    public CafMeasures.Report report(LocalDate yearStart) {
        LocalDate previousStart = yearStart.minusYears(1);
        long children = settings.number(EarlyHelpSettings.CHILD_POPULATION, yearStart);
        long previousChildren = settings.number(EarlyHelpSettings.CHILD_POPULATION, previousStart);
        long[] byMonth = initiatedByMonth(yearStart);
        long[] previousByMonth = initiatedByMonth(previousStart);
        CafMeasures.Year year = year(yearStart, children, byMonth);
        CafMeasures.Year previous = year(previousStart, previousChildren, previousByMonth);
        return new CafMeasures.Report(year, previous, CafMeasures.months(byMonth, children, previousByMonth, previousChildren),
                CafMeasures.direction(year, previous));
    }

    /** The report for the reporting year containing today. */
    public CafMeasures.Report thisYear() {
        return report(CafMeasures.yearStarting(today.date()));
    }

    private CafMeasures.Year year(LocalDate start, long children, long[] byMonth) {
        long initiated = java.util.Arrays.stream(byMonth).sum();
        OffsetDateTime from = at(start);
        OffsetDateTime to = at(start.plusYears(1));
        long closures = count("select count(c) from EarlyHelpCase c where c.closedAt >= :f and c.closedAt < :t", from, to, null);
        long needsMet = count("select count(c) from EarlyHelpCase c where c.closedAt >= :f and c.closedAt < :t"
                + " and c.closureOutcome in :o", from, to, NEEDS_MET);
        long escalated = count("select count(c) from EarlyHelpCase c where c.closedAt >= :f and c.closedAt < :t"
                + " and c.closureOutcome in :o", from, to, List.of(ClosureOutcome.STEPPED_UP));
        return CafMeasures.year(start, children, initiated, closures, needsMet, escalated);
    }

    private long[] initiatedByMonth(LocalDate start) {
        long[] months = new long[12];
        for (int i = 0; i < 12; i++) {
            months[i] = count("select count(c) from EarlyHelpCase c where c.allocatedAt >= :f and c.allocatedAt < :t",
                    at(start.plusMonths(i)), at(start.plusMonths(i + 1)), null);
        }
        return months;
    }

    private long count(String jpql, OffsetDateTime from, OffsetDateTime to, List<ClosureOutcome> outcomes) {
        var q = em.createQuery(jpql, Long.class).setParameter("f", from).setParameter("t", to);
        if (outcomes != null) {
            q.setParameter("o", outcomes);
        }
        return q.getSingleResult();
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atStartOfDay(Today.ENGLAND).toOffsetDateTime();
    }

    /** The report as a spreadsheet in the CYPP Performance Report's shape: one row per measure, this year and last. */
    public static byte[] xlsx(CafMeasures.Report r) {
        record Row(String measure, String polarity, Object previous, Object thisYear) {
        }
        List<Row> rows = List.of(
                new Row("CAFs initiated per 10,000 children (cumulative)", "Higher is better",
                        r.previous().initiatedPer10000(), r.year().initiatedPer10000()),
                new Row("CAFs initiated", "Higher is better", r.previous().initiated(), r.year().initiated()),
                new Row("Children in the council's area", "", r.previous().children(), r.year().children()),
                new Row("CAF closures", "", r.previous().closures(), r.year().closures()),
                new Row("CAF closures with needs met", "Higher is better", r.previous().needsMet(), r.year().needsMet()),
                new Row("CAF closures with needs met (% of closures)", "Higher is better", r.previous().needsMetShare(),
                        r.year().needsMetShare()),
                new Row("CAF closures escalated to Children's Social Care (% of closures)", "Not too high or low",
                        r.previous().escalatedShare(), r.year().escalatedShare()));
        return Spreadsheets.xlsx("CAF measures " + r.year().label().replace('/', '-'), List.of(
                new Column<Row>("Measure", Row::measure),
                new Column<Row>("Polarity", Row::polarity),
                new Column<Row>(r.previous().label() + " outturn", Row::previous),
                new Column<Row>(r.year().label() + " to date", Row::thisYear)), rows);
    }
}
