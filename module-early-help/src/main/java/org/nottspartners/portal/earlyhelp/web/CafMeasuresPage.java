package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.reporting.CafMeasures;
import org.nottspartners.portal.earlyhelp.reporting.CafReport;

/**
 * The CAF measures of the CYPP Performance Report (001 L882, L2086-2090; issue 23), for a reporting year from 1 April:
 * the figures against last year's outturn, a chart of the cumulative rate month by month, and the spreadsheet.
 */
@Named("cafMeasures")
@RequestScoped
public class CafMeasuresPage {

    @Inject
    CafReport reports;

    @Inject
    Today today;

    private Integer year;
    private CafMeasures.Report report;

    public CafMeasures.Report getReport() {
        if (report == null) {
            report = reports.report(yearStart());
        }
        return report;
    }

    private LocalDate yearStart() {
        LocalDate current = CafMeasures.yearStarting(today.date());
        return year == null || year < 2000 || year > current.getYear() ? current : LocalDate.of(year, 4, 1);
    }

    /** The reporting years a user may choose, the latest first. */
    public List<Integer> getYears() {
        int latest = CafMeasures.yearStarting(today.date()).getYear();
        return java.util.stream.IntStream.rangeClosed(latest - 5, latest).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public String yearLabel(int start) {
        return CafMeasures.label(LocalDate.of(start, 4, 1));
    }

    /** A bar's width in the chart: the rate as a share of the highest rate shown. */
    public int width(Double rate) {
        double most = getReport().months().stream()
                .flatMap(m -> java.util.stream.Stream.of(m.thisYearPer10000(), m.previousYearPer10000()))
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        return rate == null || most <= 0 ? 0 : (int) Math.round(100 * rate / most);
    }

    /** A figure as the report prints it: "not given" for a rate without the council's child population. */
    public String figure(Object value) {
        return value == null ? "not given" : String.valueOf(value);
    }

    public void download() throws IOException {
        CafMeasures.Report r = getReport();
        AuditTrail.record(AuditAction.EXPORT, "early-help-report", "caf-" + r.year().label(), "CAF measures spreadsheet");
        PageActions.download(CafReport.xlsx(r), Spreadsheets.MEDIA_TYPE, "caf-measures-" + r.year().label().replace('/', '-') + ".xlsx");
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
