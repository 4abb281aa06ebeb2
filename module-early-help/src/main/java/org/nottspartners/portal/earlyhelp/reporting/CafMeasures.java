package org.nottspartners.portal.earlyhelp.reporting;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The City's CAF measures for one reporting year (001 L882, L2086-2090; RULES.md §3 "City reporting"), computed from
 * counts the database gives: plain Java, tested with cases cited to the seed.
 *
 * <ul>
 *   <li>CAFs initiated per 10,000 children: cumulative over the year, higher is better, against the previous year's
 *       outturn. A CAF is initiated when a lead professional takes it on (a practitioner starts it, or a team
 *       allocates it).</li>
 *   <li>CAF closures with needs met: their count and their share of all closures.</li>
 *   <li>CAF closures escalated to children's social care: their share of all closures.</li>
 * </ul>
 *
 * A reporting year runs from 1 April (the CYPP Performance Review reports "2013/14").
 */
public final class CafMeasures {

    private CafMeasures() {
    }

    /** The figures of one reporting year. */
    public record Year(String label, long children, long initiated, Double initiatedPer10000, long closures, long needsMet,
            Double needsMetShare, long escalated, Double escalatedShare) {
    }

    /** One month of the year, with the cumulative rate so far this year and the previous year. */
    public record MonthPoint(String month, Double thisYearPer10000, Double previousYearPer10000) {
    }

    /** The report: this year, the previous year's outturn, and the months for the chart. */
    public record Report(Year year, Year previous, List<MonthPoint> months, String direction) {
    }

    /** The first day of the reporting year that contains {@code date}: 1 April. */
    public static LocalDate yearStarting(LocalDate date) {
        int start = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(start, Month.APRIL, 1);
    }

    /** "2026/27" for the year starting 1 April 2026. */
    public static String label(LocalDate yearStart) {
        return yearStart.getYear() + "/" + String.format(Locale.UK, "%02d", (yearStart.getYear() + 1) % 100);
    }

    /** A rate per 10,000 children, to one decimal place; null while the council has not given its child population. */
    public static Double per10000(long count, long children) {
        return children <= 0 ? null : Math.round(count * 100_000.0 / children) / 10.0;
    }

    /** A share of all closures, as a percentage to one decimal place; null when nothing closed. */
    public static Double share(long part, long whole) {
        return whole <= 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    public static Year year(LocalDate yearStart, long children, long initiated, long closures, long needsMet, long escalated) {
        return new Year(label(yearStart), children, initiated, per10000(initiated, children), closures, needsMet,
                share(needsMet, closures), escalated, share(escalated, closures));
    }

    /**
     * The months of the year, April first, each with the cumulative rate per 10,000 this year and last.
     *
     * @param initiatedByMonth       CAFs initiated in each month of this year, April first (12 numbers)
     * @param previousByMonth        the same for the previous year
     */
    public static List<MonthPoint> months(long[] initiatedByMonth, long children, long[] previousByMonth, long previousChildren) {
        List<MonthPoint> points = new ArrayList<>();
        long thisYear = 0;
        long lastYear = 0;
        for (int i = 0; i < 12; i++) {
            thisYear += initiatedByMonth[i];
            lastYear += previousByMonth[i];
            String month = Month.APRIL.plus(i).getDisplayName(TextStyle.SHORT, Locale.UK);
            points.add(new MonthPoint(month, per10000(thisYear, children), per10000(lastYear, previousChildren)));
        }
        return points;
    }

    /** How this year's rate compares with last year's outturn, in words ("higher is better", 001 L882). */
    public static String direction(Year year, Year previous) {
        if (year.initiatedPer10000() == null || previous.initiatedPer10000() == null) {
            return "Not compared: give the council's child population for both years";
        }
        int c = Double.compare(year.initiatedPer10000(), previous.initiatedPer10000());
        return c > 0 ? "Higher than last year's outturn (higher is better)"
                : c < 0 ? "Lower than last year's outturn (higher is better)" : "The same as last year's outturn";
    }
}
