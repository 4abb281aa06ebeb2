package org.nottspartners.portal.housing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.housing.kit.HousingViews.ClockView;
import org.nottspartners.portal.housing.kit.HousingViews.PresentationView;
import org.nottspartners.portal.housing.kit.HousingViews.WaitingView;
import org.nottspartners.portal.housing.emergency.Presentations;
import org.nottspartners.portal.housing.referral.A1s;

/** The Homelessness Team's dashboard: open emergencies with their hour clocks, and the waiting list with ages and waits. */
@Named("housingDashboard")
@RequestScoped
public class DashboardPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    @Inject
    Presentations presentations;

    @Inject
    A1s a1s;

    @Inject
    Today today;

    private List<PresentationView> open;
    private List<WaitingView> waiting;

    public List<PresentationView> getEmergencies() {
        if (open == null) {
            open = presentations.open();
        }
        return open;
    }

    public List<WaitingView> getWaiting() {
        if (waiting == null) {
            waiting = a1s.waitingList();
        }
        return waiting;
    }

    /** A clock in a line: "Rapid Assessment Worker allocated: due Sat 30 Nov 11:00, 40 min left". */
    public String clock(ClockView c) {
        return c.name() + ": due " + when(c.dueAt()) + ", " + c.status();
    }

    public boolean overdue(ClockView c) {
        return c.stoppedAt() == null && c.status().startsWith("overdue");
    }

    public String when(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(Today.ENGLAND).format(WHEN);
    }

    public void download() throws IOException {
        AuditTrail.record(AuditAction.EXPORT, "housing-waiting-list", today.date().toString(), "waiting list spreadsheet");
        PageActions.download(a1s.waitingListXlsx(), Spreadsheets.MEDIA_TYPE, "waiting-list-" + today.date() + ".xlsx");
    }
}
