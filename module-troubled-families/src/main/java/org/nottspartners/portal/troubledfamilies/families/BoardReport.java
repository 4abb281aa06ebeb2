package org.nottspartners.portal.troubledfamilies.families;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.troubledfamilies.rules.BoardRow;
import org.nottspartners.portal.troubledfamilies.rules.BoardRow.Polarity;
import org.nottspartners.portal.troubledfamilies.rules.SupportingFamiliesSettings;

/**
 * Supporting Families' board report for a reporting year (1 April to 31 March) in the City's format (001): families
 * attached, outcomes achieved, families with every outcome sustained, claims made and claims not upheld at spot check,
 * by quarter, against the previous two years and the council's targets. Counted from dates alone (no family record is
 * loaded, so the report reads nobody's record).
 */
@ApplicationScoped
@Transactional
public class BoardReport {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantSettings settings;

    @Inject
    Today today;

    /** The report of the year starting 1 April {@code year}, with the year's cost benefits. */
    public record Report(int year, String label, List<BoardRow> rows, org.nottspartners.portal.troubledfamilies.rules.CostBenefit costBenefit) {
    }

    /** The reporting year containing today. */
    public int currentYear() {
        LocalDate d = today.date();
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    public Report report(int year) {
        LocalDate start = LocalDate.of(year, 4, 1);
        List<LocalDate> attached = dates("select s.screenedAt from FamilyScreening s where s.flagged = true", true);
        List<LocalDate> achieved = dates("select o.achievedOn from NeedOutcome o", false);
        List<LocalDate> claims = dates("select s.checklistAt from FamilyScreening s where s.checklistAt is not null", true);
        List<LocalDate> paid = dates("select s.paidOn from FamilyScreening s where s.paidOn is not null", false);
        List<LocalDate> notUpheld = dates("select s.spotCheckedAt from FamilyScreening s where s.spotCheckResult = 'NOT_UPHELD'", true);
        List<LocalDate> sustained = sustainedOn(start);
        List<BoardRow> rows = new ArrayList<>();
        rows.add(row("Families attached (flagged at screening)", Polarity.HIGHER_IS_BETTER, attached, start,
                SupportingFamiliesSettings.TARGET_ATTACHED));
        rows.add(row("Outcomes achieved", Polarity.HIGHER_IS_BETTER, achieved, start, null));
        rows.add(row("Families with every outcome sustained after closure", Polarity.HIGHER_IS_BETTER, sustained, start,
                SupportingFamiliesSettings.TARGET_SUSTAINED));
        rows.add(row("Claims made (closure checklist to the SAU)", Polarity.HIGHER_IS_BETTER, claims, start,
                SupportingFamiliesSettings.TARGET_CLAIMS));
        rows.add(row("Claims paid", Polarity.HIGHER_IS_BETTER, paid, start, null));
        rows.add(row("Claims not upheld at spot check", Polarity.LOWER_IS_BETTER, notUpheld, start, null));
        LocalDate end = start.plusYears(1);
        long outcomesSustained = sustainedOutcomes(start, end);
        var costBenefit = org.nottspartners.portal.troubledfamilies.rules.CostBenefit.of(count(attached, start, end), outcomesSustained,
                settings.number(SupportingFamiliesSettings.COST_PER_FAMILY, start),
                settings.number(SupportingFamiliesSettings.VALUE_PER_OUTCOME, start));
        return new Report(year, year + "/" + String.valueOf(year + 1).substring(2), rows, costBenefit);
    }

    private BoardRow row(String indicator, Polarity polarity, List<LocalDate> dates, LocalDate start, SettingDefinition target) {
        List<Long> quarters = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            quarters.add(count(dates, start.plusMonths(3L * q), start.plusMonths(3L * q + 3)));
        }
        Long goal = null;
        if (target != null) {
            int t = settings.number(target, start);
            goal = t == 0 ? null : (long) t;
        }
        return BoardRow.of(indicator, polarity, count(dates, start.minusYears(2), start.minusYears(1)),
                count(dates, start.minusYears(1), start), quarters, goal);
    }

    private static long count(List<LocalDate> dates, LocalDate from, LocalDate to) {
        return dates.stream().filter(d -> !d.isBefore(from) && d.isBefore(to)).count();
    }

    private List<LocalDate> dates(String jpql, boolean timestamps) {
        List<?> values = em.createQuery(jpql).getResultList();
        List<LocalDate> dates = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof OffsetDateTime t) {
                dates.add(t.atZoneSameInstant(Today.ENGLAND).toLocalDate());
            } else if (v instanceof LocalDate d) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** The day each closed family had every need's outcome sustained the months after closure (settings on that day). */
    private List<LocalDate> sustainedOn(LocalDate start) {
        Map<UUID, List<Object[]>> outcomes = new HashMap<>();
        for (Object[] o : em.createQuery("select o.familyId, o.criterion, o.sustainedTo from NeedOutcome o", Object[].class).getResultList()) {
            outcomes.computeIfAbsent((UUID) o[0], k -> new ArrayList<>()).add(o);
        }
        List<LocalDate> sustained = new ArrayList<>();
        for (Object[] f : em.createQuery("select s.id, s.closedOn, s.criteriaMet from FamilyScreening s where s.closedOn is not null",
                Object[].class).getResultList()) {
            LocalDate closed = (LocalDate) f[1];
            LocalDate due = closed.plusMonths(settings.number(SupportingFamiliesSettings.SUSTAIN_MONTHS, closed));
            java.util.Set<String> needs = TfJson.words((String) f[2]).keySet();
            List<Object[]> recorded = outcomes.getOrDefault((UUID) f[0], List.of());
            boolean all = !needs.isEmpty() && needs.stream().allMatch(n -> recorded.stream().anyMatch(o -> n.equals(o[1])
                    && o[2] != null && !((LocalDate) o[2]).isBefore(due)));
            if (all) {
                sustained.add(due);
            }
        }
        return sustained;
    }

    /** Needs' outcomes sustained the months after their family's closure, counted in the year the months ended. */
    private long sustainedOutcomes(LocalDate from, LocalDate to) {
        long n = 0;
        for (Object[] o : em.createQuery("select s.closedOn, o.sustainedTo from NeedOutcome o, FamilyScreening s where o.familyId = s.id"
                + " and s.closedOn is not null and o.sustainedTo is not null", Object[].class).getResultList()) {
            LocalDate closed = (LocalDate) o[0];
            LocalDate due = closed.plusMonths(settings.number(SupportingFamiliesSettings.SUSTAIN_MONTHS, closed));
            if (!((LocalDate) o[1]).isBefore(due) && !due.isBefore(from) && due.isBefore(to)) {
                n++;
            }
        }
        return n;
    }

    /** The report as a spreadsheet in the board's columns (core's export kit). */
    public byte[] xlsx(int year) {
        Report r = report(year);
        Function<Integer, Function<BoardRow, Object>> quarter = q -> row -> row.quarters().get(q);
        return Spreadsheets.xlsx("Supporting Families " + r.label().replace('/', '-'), List.of(
                new Spreadsheets.Column<BoardRow>("Indicator", BoardRow::indicator),
                new Spreadsheets.Column<BoardRow>("Polarity", b -> b.polarity().inWords()),
                new Spreadsheets.Column<BoardRow>((year - 2) + "/" + String.valueOf(year - 1).substring(2), BoardRow::twoYearsAgo),
                new Spreadsheets.Column<BoardRow>((year - 1) + "/" + String.valueOf(year).substring(2), BoardRow::lastYear),
                new Spreadsheets.Column<BoardRow>("Q1", quarter.apply(0)), new Spreadsheets.Column<BoardRow>("Q2", quarter.apply(1)),
                new Spreadsheets.Column<BoardRow>("Q3", quarter.apply(2)), new Spreadsheets.Column<BoardRow>("Q4", quarter.apply(3)),
                new Spreadsheets.Column<BoardRow>("Outturn", BoardRow::outturn),
                new Spreadsheets.Column<BoardRow>("Target", BoardRow::target),
                new Spreadsheets.Column<BoardRow>("Better than last year", b -> b.betterThanLastYear() ? "Yes" : "No"),
                new Spreadsheets.Column<BoardRow>("Target met", b -> b.targetMet() == null ? "No target" : b.targetMet() ? "Yes" : "No")),
                r.rows());
    }
}
