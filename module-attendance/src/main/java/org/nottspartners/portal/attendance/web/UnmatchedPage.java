package org.nottspartners.portal.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.attendance.register.UnmatchedPupils;
import org.nottspartners.portal.core.page.PageActions;

/**
 * The pupils in registers whose UPN matches nobody yet, for an attendance officer: find the child through core's search
 * (or record them after searching), put the UPN on their record, then take the pupil off the queue (refused while
 * nobody has the UPN, so no pupil is lost).
 */
@Named("attendanceUnmatched")
@RequestScoped
public class UnmatchedPage {

    @Inject
    UnmatchedPupils unmatched;

    private List<UnmatchedPupils.Waiting> rows;

    public List<UnmatchedPupils.Waiting> getRows() {
        if (rows == null) {
            rows = unmatched.waiting(500);
        }
        return rows;
    }

    public void matched(String upn) {
        if (PageActions.run(() -> unmatched.resolve(upn), "the queue", null) == PageActions.Outcome.DONE) {
            PageActions.info("UPN " + upn + " is on a family record now: the pupil has left the queue.");
        }
        rows = null;
    }
}
