package org.nottspartners.portal.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.attendance.enforcement.EnforcementCase;
import org.nottspartners.portal.attendance.enforcement.EnforcementEntry;
import org.nottspartners.portal.attendance.letters.AttendanceLetter;
import org.nottspartners.portal.attendance.notices.PenaltyNotice;
import org.nottspartners.portal.attendance.notices.PenaltyNotices;
import org.nottspartners.portal.attendance.rules.EnforcementPathway;

/** The attendance API's forms and views: what callers send and what they are shown. */
public final class AttendanceViews {

    private AttendanceViews() {
    }

    /** A request for a notice: to which parent. */
    public static class PenaltyNoticeRequest {
        public UUID parentId;
    }

    /** A step of a notice. */
    public static class PenaltyNoticeStep {
        public String step;
        public Long version;
        public String reason;
    }

    /** The council's decision on an unpaid notice. */
    public static class ProsecutionForm {
        public String decision;
        public Long version;
        public String reason;
        public Boolean codeOfConductFollowed;
    }

    /** A new enforcement case. */
    public static class EnforcementCaseForm {
        public UUID parentId;
        public String stage;
        public Integer improveWeeks;
        public Boolean holidayInTermTime;
        public String reason;
    }

    /** A case moved on, from the version read. */
    public static class EnforcementStageForm {
        public String stage;
        public Long version;
        public String reason;
    }

    /** A contact with the family. */
    public static class EnforcementContactForm {
        public String on;
        public String type;
        public String note;
    }

    /** A breach of a parenting order. */
    public static class ParentingOrderBreachForm {
        public String on;
        public Boolean acceptable;
        public String reason;
    }

    /** A council's own wording of a letter, from the version read (none the first time). */
    public static class LetterWordingForm {
        public String text;
        public Long version;
    }

    /** A referral for case management (000 §2.10). */
    public static class CaseManagementReferralForm {
        public String barriers;
        public String parentView;
        public String childView;
        public String schoolActions;
        public String widerIssues;
        public String referrerContact;
    }

    /** A step of a wave case: ACCEPT, NOT_ACCEPT (with a reason), ASSIGN (with the wave), CLOSE, or DECLINED. */
    public static class WaveStepForm {
        public String step;
        public Long version;
        public String wave;
        public String reason;
    }

    /** A wave case as the API shows it. */
    public record WaveCaseView(UUID id, UUID childId, String phase, String status, LocalDate triagedOn, double attendanceAtTriage,
            String wave, LocalDate assignedOn, LocalDate cycleEnds, LocalDate closedOn, String outcome, Double attendanceInCycle,
            long version) {
        public static WaveCaseView of(org.nottspartners.portal.attendance.waves.WaveCase w) {
            return new WaveCaseView(w.id(), w.childId(), w.phase(), w.status().name(), w.triagedOn(), w.attendanceAtTriage(),
                    w.wave() == null ? null : w.wave().name(), w.assignedOn(), w.cycleEnds(), w.closedOn(),
                    w.outcome() == null ? null : w.outcome().name(), w.attendanceInCycle(), w.version());
        }
    }

    /** A reason for not enforcing. */
    public static class NotEnforcingForm {
        public String reason;
    }

    /** A notice as the API shows it. */
    public record PenaltyNoticeView(UUID id, String reference, UUID childId, UUID parentId, String status, LocalDate requestedOn,
            LocalDate windowFrom, LocalDate windowTo, int sessions, int pounds, Integer reducedPounds, LocalDate issuedOn,
            LocalDate paidOn, Integer paidPounds, LocalDate withdrawnOn, String prosecution, LocalDate decidedOn, long version) {
        public static PenaltyNoticeView of(PenaltyNotice n) {
            return new PenaltyNoticeView(n.id(), PenaltyNotices.reference(n), n.childId(), n.parentId(), n.status().name(), n.requestedOn(),
                    n.windowFrom(), n.windowTo(), n.sessions(), n.pounds(), n.reducedPounds(), n.issuedOn(), n.paidOn(),
                    n.paidPounds(), n.withdrawnOn(), n.prosecution() == null ? null : n.prosecution().name(), n.decidedOn(),
                    n.version());
        }
    }

    /** A line of a case's chronology. */
    public record EnforcementEntryView(UUID id, LocalDate on, String kind, String stage, String contactType, String detail) {
        public static EnforcementEntryView of(EnforcementEntry e) {
            return new EnforcementEntryView(e.id(), e.on(), e.kind().name(), e.stage() == null ? null : e.stage().name(),
                    e.contactType() == null ? null : e.contactType().name(), e.detail());
        }
    }

    /** An enforcement case with what may follow its stage, and its chronology when asked for one case. */
    public record EnforcementCaseView(UUID id, String reference, UUID childId, UUID parentId, String stage, String stageLabel,
            LocalDate stageSince, Integer improveWeeks, LocalDate openedOn, LocalDate closedOn, String closedReason,
            List<String> next, List<EnforcementEntryView> chronology, long version) {
        public static EnforcementCaseView of(EnforcementCase c, List<EnforcementEntry> chronology) {
            return new EnforcementCaseView(c.id(), c.reference(), c.childId(), c.parentId(), c.stage().name(), c.stage().label(),
                    c.stageSince(), c.improveWeeks(), c.openedOn(), c.closedOn(), c.closedReason(),
                    EnforcementPathway.next(c.stage()).stream().map(Enum::name).toList(),
                    chronology.stream().map(EnforcementEntryView::of).toList(), c.version());
        }
    }

    /** A letter as listed: its PDF is fetched by id. */
    public record AttendanceLetterView(UUID id, String kind, String label, LocalDate dated, String recipient, String fileName,
            String aboutType, UUID aboutId) {
        public static AttendanceLetterView of(AttendanceLetter l) {
            return new AttendanceLetterView(l.id(), l.kind().name(), l.kind().label(), l.dated(), l.recipient(), l.fileName(), l.aboutType(),
                    l.aboutId());
        }
    }
}
