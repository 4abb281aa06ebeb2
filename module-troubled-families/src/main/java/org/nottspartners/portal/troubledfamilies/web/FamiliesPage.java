package org.nottspartners.portal.troubledfamilies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.troubledfamilies.families.Families;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.FamilyView;

/** The performance team's page: families screened, what they met and why, and whether each claim can be made. */
@Named("supportingFamilies")
@RequestScoped
public class FamiliesPage {

    @Inject
    Families families;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.troubledfamilies.families.BoardReport board;

    private org.nottspartners.portal.core.page.PagedRows<FamilyView> rows;
    private org.nottspartners.portal.troubledfamilies.families.BoardReport.Report report;

    public org.nottspartners.portal.troubledfamilies.families.BoardReport.Report getReport() {
        if (report == null) {
            report = board.report(board.currentYear());
        }
        return report;
    }

    /** A quarter's share of the largest quarter of the row, for the chart's bar widths, in whole percent. */
    public long share(org.nottspartners.portal.troubledfamilies.rules.BoardRow row, Long value) {
        long max = row.quarters().stream().mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * value / max);
    }

    public void downloadReport() throws IOException {
        int year = board.currentYear();
        PageActions.download(board.xlsx(year), Spreadsheets.MEDIA_TYPE, "supporting-families-" + year + ".xlsx");
    }

    /** The families screened, a page at a time from the database (the table's lazy model, core's PagedRows). */
    public org.nottspartners.portal.core.page.PagedRows<FamilyView> getRows() {
        if (rows == null) {
            rows = new org.nottspartners.portal.core.page.PagedRows<>() {
                @Override
                public int count(Request r) {
                    return families.count();
                }

                @Override
                public List<FamilyView> load(Request r, int first, int max) {
                    return families.page(first, Math.min(max, 200));
                }

                @Override
                public String key(FamilyView f) {
                    return f.id().toString();
                }
            };
        }
        return rows;
    }

    public String criteria(FamilyView f) {
        return String.join("; ", f.criteriaMet().values());
    }

    public void download() throws IOException {
        PageActions.download(families.claimsXlsx(), Spreadsheets.MEDIA_TYPE, "claims-" + today.date() + ".xlsx");
    }
}
