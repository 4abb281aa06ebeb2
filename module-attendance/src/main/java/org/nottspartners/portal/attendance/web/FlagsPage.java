package org.nottspartners.portal.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.attendance.scan.AttendanceFlags;
import org.nottspartners.portal.attendance.scan.AttendanceScan;
import org.nottspartners.portal.attendance.scan.FlagKind;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.scheduling.JobRuns;
import org.nottspartners.portal.core.scheduling.NightlyJobs;

/** An attendance officer's worklist: the pupils the nightly scan flagged this school year, and the scan run on request. */
@Named("attendanceFlags")
@RequestScoped
public class FlagsPage {

    @Inject
    AttendanceFlags flags;

    @Inject
    NightlyJobs nightly;

    private String kind;
    private List<AttendanceFlags.Flag> rows;

    public List<AttendanceFlags.Flag> getRows() {
        if (rows == null) {
            FlagKind k = java.util.Arrays.stream(FlagKind.values()).filter(f -> f.name().equals(kind)).findFirst().orElse(null);
            rows = flags.list(k, null, 500);
        }
        return rows;
    }

    public FlagKind[] getKinds() {
        return FlagKind.values();
    }

    public void scanNow() {
        JobRuns.Outcome outcome = nightly.runNow(AttendanceScan.NAME).orElseThrow();
        if (outcome.ran()) {
            PageActions.info(outcome.summary());
        } else {
            PageActions.error(outcome.summary());
        }
        rows = null;
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
}
