package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.nottspartners.portal.core.calendar.ClockStatus;
import org.nottspartners.portal.core.clock.ClockCount;
import org.nottspartners.portal.core.clock.ClockRecord;
import org.nottspartners.portal.core.clock.StandardClocks;

/**
 * The quality-standards dashboard (RULES.md §8): for each team and each worker, how many clocks are in
 * time, due soon and overdue, and the clocks behind a chosen figure, soonest due first.
 */
@Named("clockDashboard")
@RequestScoped
public class ClockDashboardPage {

    @Inject
    org.nottspartners.portal.core.time.Today today;

    /** The moment the page is read at: one for the whole request. */
    @jakarta.annotation.PostConstruct
    void readNow() {
        now = today.now();
    }


    @Inject
    StandardClocks clocks;

    @Inject
    org.nottspartners.portal.core.identity.CurrentUser caller;

    private String team;
    private String worker;
    private String status;
    private List<ClockCount> counts;
    private OffsetDateTime now;

    private List<ClockCount> counts() {
        if (counts == null) {
            counts = clocks.dashboard(now, visible());
        }
        return counts;
    }

    public List<Row> getByTeam() {
        return sum(c -> c.team());
    }

    public List<Row> getByWorker() {
        return sum(c -> c.team() + "\u0000" + (c.worker() == null ? "" : c.worker()));
    }

    public List<Row> getByStandard() {
        return sum(c -> c.standardName());
    }

    private List<Row> sum(Function<ClockCount, String> key) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (ClockCount c : counts()) {
            String k = key.apply(c);
            Row r = rows.get(k);
            Row add = new Row(c.team(), c.worker() == null ? "Not yet allocated" : c.worker(), c.standardName(), c.inTime(),
                    c.dueSoon(), c.overdue(), c.relaxed());
            rows.put(k, r == null ? add : r.plus(add));
        }
        return new ArrayList<>(rows.values());
    }

    /** One line of the dashboard. */
    public record Row(String team, String worker, String standard, long inTime, long dueSoon, long overdue, long relaxed) {
        Row plus(Row o) {
            return new Row(team, worker, standard, inTime + o.inTime, dueSoon + o.dueSoon, overdue + o.overdue,
                    relaxed + o.relaxed);
        }
    }

    private List<ClockRecord> listed;

    /** The running clocks behind a chosen figure (team, worker, status), soonest due first. */
    public List<ClockRecord> getClocks() {
        if (listed == null) {
            listed = listClocks();
        }
        return listed;
    }

    private List<ClockRecord> listClocks() {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        ClockStatus wanted;
        try {
            wanted = ClockStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (wanted == ClockStatus.MET || wanted == ClockStatus.MET_LATE) {
            return List.of(); // the dashboard lists running clocks only
        }
        String w = worker == null || worker.isBlank() || worker.equals("Not yet allocated") ? null : worker;
        return clocks.running(team == null || team.isBlank() ? null : team, w, wanted, now, 200, visible());
    }

    private java.util.Set<String> visible() {
        return clocks.modulesVisibleTo(caller.roles().rolesIn(
                org.nottspartners.portal.core.scope.TenantScope.current().orElse("")));
    }

    /** A moment as council staff read it: "Mon 2 Sep 2024 23:59", in England's time. */
    public String local(OffsetDateTime t) {
        return org.nottspartners.portal.core.calendar.StaffTime.format(t);
    }

    // ---- relaxing a standard (002 §3c5: a group manager's agreement, reviewed weekly) ----------------

    /** Whether the user may relax standards and review relaxations: roles declared with the grant (group managers). */
    public boolean isGroupManager() {
        return org.nottspartners.portal.core.identity.PortalRole.anyHas(
                caller.roles().rolesIn(org.nottspartners.portal.core.scope.TenantScope.current().orElse("")),
                org.nottspartners.portal.core.identity.PortalRole.Grant.RELAX_STANDARDS);
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getWorker() {
        return worker;
    }

    public void setWorker(String worker) {
        this.worker = worker;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
