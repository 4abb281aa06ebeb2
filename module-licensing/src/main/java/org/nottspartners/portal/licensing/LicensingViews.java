package org.nottspartners.portal.licensing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.licensing.applications.Application;
import org.nottspartners.portal.licensing.applications.ApplicationDay;
import org.nottspartners.portal.licensing.checks.RuleCheckForm;
import org.nottspartners.portal.licensing.checks.RuleCheckView;

/** What the licensing API reads and answers. */
public final class LicensingViews {

    private LicensingViews() {
    }

    /** A new application: what it is for. */
    public static class NewApplicationForm {
        public String kind;
    }

    /** A draft's days and times, replacing those saved. */
    public static class ApplicationDaysForm {
        public Long version;
        public List<RuleCheckForm.Day> days;
    }

    /** Sending or withdrawing: the version read. */
    public static class ApplicationVersionForm {
        public Long version;
    }

    /** An officer's decision: GRANT (with any conditions) or REFUSE (with the reasons). */
    public static class LicenceDecisionForm {
        public Long version;
        public String outcome;
        public String words;
    }

    /** One line of a list of applications. */
    public record ApplicationSummary(UUID id, String reference, String kind, String status, String child, String title,
            OffsetDateTime submittedAt, long version) {

        public static ApplicationSummary of(Application a) {
            String child = a.childGivenName() == null ? null : a.childGivenName() + " " + (a.childFamilyName() == null ? "" : a.childFamilyName());
            return new ApplicationSummary(a.id(), a.reference(), a.kind().name(), a.status().name(), child == null ? null : child.strip(),
                    a.title(), a.submittedAt(), a.version());
        }
    }

    /** The officer asks a school user for the school's view. */
    public static class SchoolViewRequestForm {
        public String schoolUser;
    }

    /** The school user's answer. */
    public static class SchoolViewAnswerForm {
        public Long version;
        public String answer;
    }

    /** An unannounced inspection: the day, the place, what was found, and whether it was satisfactory. */
    public static class InspectionForm {
        public String on;
        public String place;
        public String findings;
        public Boolean satisfactory;
    }

    /** The school's view as the officer sees it. */
    public record SchoolViewView(UUID id, String schoolUserName, OffsetDateTime requestedAt, String answer, OffsetDateTime answeredAt) {
    }

    /** A request for the school's view as the school user sees it: only what a school needs to answer. */
    public record SchoolRequestView(UUID id, long version, String reference, String child, LocalDate childDateOfBirth,
            String what, List<ApplicationDayView> days, OffsetDateTime requestedAt, String answer, OffsetDateTime answeredAt,
            String decision) {
    }

    /** A notification of unlicensed work: who the child is and what they are doing. */
    public static class UnlicensedWorkForm {
        public String child;
        public String work;
    }

    /** A step of the follow-up of a notification, with what was done. */
    public static class FollowUpForm {
        public Long version;
        public String step;
        public String note;
    }

    /** A notification as the reporter is told it was received. */
    public record NotificationReceipt(UUID id, OffsetDateTime reportedAt) {
    }

    /** A notification with its follow-up, for the officer. */
    public record NotificationView(UUID id, long version, String reportedBy, boolean byPublic, String child, String work,
            OffsetDateTime reportedAt, String lastStep, List<FollowUpView> followUps) {
    }

    /** A follow-up step. */
    public record FollowUpView(String step, String note, OffsetDateTime doneAt, String doneBy) {
    }

    /** The parent's part: consent and the declaration of the child's health. */
    public static class ParentPartForm {
        public Long version;
        public Boolean parentConsent;
        public String healthDeclaration;
    }

    /** What the invited parent sees: the child, the production and its days, and their own part. */
    public record ParentPartView(UUID id, long version, String reference, String producer, String child, String production,
            String venue, List<ApplicationDayView> days, Boolean parentConsent, String healthDeclaration, OffsetDateTime givenAt) {
    }

    /** A current body of persons approval, as the public may see it. */
    public record ApprovalView(String reference, String organisation, String performances, String place, LocalDate from,
            LocalDate to) {
    }

    /** An inspection recorded. */
    public record InspectionView(LocalDate on, String place, String findings, boolean satisfactory) {
    }

    /** A document sent with an application: what it is and what its content was found to be. */
    public record DocumentView(String kind, String fileName, String mediaType, long size) {
    }

    /** A day of an application. */
    public record ApplicationDayView(LocalDate date, LocalTime start, LocalTime end) {

        public static ApplicationDayView of(ApplicationDay d) {
            return new ApplicationDayView(d.day(), d.start(), d.end());
        }
    }

    /** An application in full, with what it still needs, the rules checked on it so far, and whether it was late. */
    public record ApplicationView(UUID id, String reference, String kind, String status, long version, String applicantName,
            String applicantEmail, String childGivenName, String childFamilyName, LocalDate childDateOfBirth, String childAddress,
            String childSchool, String parentName, String parentEmail, String organisation, String title, String place,
            String lightWork, LocalDate startsOn, String chaperoneName, Integer childrenWithChaperone, Boolean chaperoneIsTutor,
            String tutorName, Boolean paid, LocalDate applicantDateOfBirth, String applicantAddress, String dbsNumber,
            LocalDate dbsIssuedOn, String referees, LocalDate trainedOn, Boolean recordsCheckConsent, LocalDate endsOn,
            String safeguarding, OffsetDateTime parentInvitedAt, Boolean parentConsent, String healthDeclaration,
            OffsetDateTime parentPartAt, List<ApplicationDayView> days, List<DocumentView> documents, List<Problem.FieldError> missing, RuleCheckView check,
            String late, OffsetDateTime submittedAt, OffsetDateTime decidedAt, String decidedBy, String decisionWords,
            List<SchoolViewView> schoolViews, List<InspectionView> inspections) {
    }
}
