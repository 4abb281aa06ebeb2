package org.nottspartners.portal.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.attendance.reporting.AttendanceBands;
import org.nottspartners.portal.attendance.reporting.Band;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.time.Today;

/** The board report of attendance bands by ward, phase and term (City 004), with its chart and spreadsheet. */
@Named("attendanceBands")
@RequestScoped
public class BandsPage {

    @Inject
    AttendanceBands bands;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.attendance.waves.AttendanceWaves waves;

    private List<AttendanceBands.Term> terms;

    /** The waves' funnel this school year by phase (City 004), where the council runs them. */
    public List<org.nottspartners.portal.attendance.waves.AttendanceWaves.Funnel> getFunnel() {
        return waves.funnel(today.date());
    }

    public List<AttendanceBands.Term> getTerms() {
        if (terms == null) {
            terms = bands.terms(today.date());
        }
        return terms;
    }

    public Band[] getBands() {
        return Band.values();
    }

    public long count(Map<Band, Long> row, Band band) {
        return row.getOrDefault(band, 0L);
    }

    /** A band's share of a row, for the chart's bar widths, in whole percent. */
    public long share(Map<Band, Long> row, Band band) {
        long all = row.values().stream().mapToLong(Long::longValue).sum();
        return all == 0 ? 0 : Math.round(100.0 * row.getOrDefault(band, 0L) / all);
    }

    public void download() throws IOException {
        AuditTrail.record(AuditAction.EXPORT, "attendance-report", "bands-" + today.date(), "attendance bands spreadsheet");
        PageActions.download(bands.xlsx(today.date()), Spreadsheets.MEDIA_TYPE, "attendance-bands-" + today.date() + ".xlsx");
    }
}
