package org.nottspartners.portal.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.attendance.enforcement.CourtBundle;
import org.nottspartners.portal.attendance.enforcement.EnforcementCase;
import org.nottspartners.portal.attendance.enforcement.EnforcementCases;
import org.nottspartners.portal.attendance.letters.AttendanceLetter;
import org.nottspartners.portal.attendance.letters.AttendanceLetters;
import org.nottspartners.portal.attendance.notices.PenaltyNotice;
import org.nottspartners.portal.attendance.notices.PenaltyNotices;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.rules.EnforcementPathway;
import org.nottspartners.portal.attendance.rules.PenaltyNoticeRule;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;

/**
 * An attendance officer's page for one pupil: attendance this school year, each parent in education law with whether
 * a penalty notice may be given, the notices and their steps, enforcement cases, and the letters sent.
 */
@Named("attendancePupil")
@RequestScoped
public class PupilPage {

    @Inject
    PersonRecordAccess people;

    @Inject
    PupilAttendance pupils;

    @Inject
    PenaltyNotices notices;

    @Inject
    EnforcementCases cases;

    @Inject
    AttendanceLetters letters;

    @Inject
    CourtBundle bundles;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.core.identity.CurrentUser caller;

    private String id;
    private Person pupil;
    private boolean looked;
    private String ntaParent;
    private String ntaReason;

    /** The pupil, when the caller may open them (audited); empty for a record that is not there or not theirs. */
    public Person getPupil() {
        if (!looked) {
            looked = true;
            if (id == null) {
                // on a postback the id comes from the form's hidden pupilId (view parameters are set later)
                id = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                        .get("pupilId");
            }
            try {
                pupil = id == null ? null : people.open(UUID.fromString(id)).orElse(null);
            } catch (IllegalArgumentException notAnId) {
                pupil = null;
            }
        }
        return pupil;
    }

    public String name(Person p) {
        return p.givenName() + " " + p.familyName();
    }

    /** Attendance this school year, or null when the pupil has no UPN. */
    public PupilAttendance.Rates getRates() {
        Person p = getPupil();
        LocalDate on = today.date();
        return p == null || p.upn() == null ? null : pupils.rates(p.id(), PupilAttendance.schoolYearStart(on), on);
    }

    public String getSchool() {
        return getPupil() == null ? "" : pupils.schoolOf(getPupil().id()).orElse("no register yet");
    }

    public List<Person> getParents() {
        return getPupil() == null ? List.of() : notices.parentsInLaw(getPupil().id());
    }

    /** Whether this parent may be given a notice today, in words. */
    public PenaltyNoticeRule.Decision eligibility(Person parent) {
        if (getPupil() == null || getPupil().upn() == null) {
            return new PenaltyNoticeRule.Decision(false, java.util.Optional.empty(), java.util.Optional.empty(), 0, null, null,
                    "No UPN is recorded, so no register matches this pupil.");
        }
        try {
            return notices.eligibility(getPupil().id(), parent.id(), today.date());
        } catch (org.nottspartners.portal.core.problem.InvalidInputException cannotDecide) {
            // the council's term dates do not yet reach far enough, say: the page says so rather than failing
            return new PenaltyNoticeRule.Decision(false, java.util.Optional.empty(), java.util.Optional.empty(), 0, null, null,
                    cannotDecide.errors().isEmpty() ? cannotDecide.getMessage() : cannotDecide.errors().get(0).message());
        }
    }

    public List<PenaltyNotice> getNotices() {
        return getPupil() == null ? List.of() : notices.of(getPupil().id());
    }

    public List<EnforcementCase> getCases() {
        return getPupil() == null ? List.of() : cases.of(getPupil().id());
    }

    public List<AttendanceLetter> getLetters() {
        return getPupil() == null ? List.of() : letters.of(getPupil().id());
    }

    public String parentName(UUID parentId) {
        return getParents().stream().filter(p -> p.id().equals(parentId)).findFirst().map(this::name).orElse("a parent");
    }

    public String reference(PenaltyNotice n) {
        return PenaltyNotices.reference(n);
    }

    public String inWords(LocalDate date) {
        return DateText.inWords(date);
    }

    /** Whether the caller is an enforcement officer here: only they issue notices, record payments and run cases (as the API). */
    public boolean isEnforcer() {
        return org.nottspartners.portal.core.scope.TenantScope.current().map(t -> caller.roles().rolesIn(t)
                .contains(org.nottspartners.portal.attendance.roles.AttendanceRoles.ENFORCEMENT_OFFICER)).orElse(false);
    }

    private boolean refusedUnlessEnforcer() {
        if (!isEnforcer()) {
            PageActions.error("Only an education enforcement officer does this.");
            return true;
        }
        return false;
    }

    /**
     * What a row's own form sent: the record's id and the version the user saw. A table's rows are matched by position
     * when a form comes back, so the action acts on these, never on the row now in that position (which another's
     * change may have moved), and a change made meanwhile is refused as stale.
     */
    private static String sent(String name) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static UUID sentId(String name) {
        try {
            return UUID.fromString(sent(name));
        } catch (RuntimeException missing) {
            throw new org.nottspartners.portal.core.persistence.RecordNotFoundException("That record is not on this page any more.");
        }
    }

    private static long sentVersion() {
        try {
            return Long.parseLong(sent("version"));
        } catch (RuntimeException missing) {
            return -1;
        }
    }

    public void request() {
        if (PageActions.run(() -> {
            Person parent = getParents().stream().filter(p -> p.id().equals(sentId("parentId"))).findFirst()
                    .orElseThrow(() -> new org.nottspartners.portal.core.problem.InvalidInputException("parentId",
                            "Choose a parent in education law"));
            notices.request(getPupil().id(), parent.id());
            PageActions.info("A penalty notice for " + name(parent) + " has been requested. It is issued within 10 working days.");
        }, "this pupil's notices", null) != PageActions.Outcome.DONE) {
            return;
        }
    }

    public void issue() {
        if (refusedUnlessEnforcer()) {
            return;
        }
        if (PageActions.run(() -> notices.issue(sentId("noticeId"), sentVersion()), "this notice", null) == PageActions.Outcome.DONE) {
            PageActions.info("The penalty notice has been issued. Its letter is ready below.");
        }
    }

    public void paid() {
        if (refusedUnlessEnforcer()) {
            return;
        }
        if (PageActions.run(() -> notices.pay(sentId("noticeId"), sentVersion()), "this notice", null) == PageActions.Outcome.DONE) {
            PageActions.info("The penalty notice has been recorded as paid.");
        }
    }

    public void noticeToAttend() {
        if (refusedUnlessEnforcer()) {
            return;
        }
        if (ntaParent == null || ntaParent.isBlank()) {
            PageActions.fieldError("nta:parent", "Choose the parent the Notice to Attend is for");
            return;
        }
        UUID parent;
        try {
            parent = UUID.fromString(ntaParent);
        } catch (IllegalArgumentException notAnId) {
            PageActions.fieldError("nta:parent", "Choose the parent the Notice to Attend is for");
            return;
        }
        if (PageActions.run(() -> cases.open(getPupil().id(), parent, EnforcementPathway.Stage.NOTICE_TO_ATTEND,
                null, false, ntaReason), "this pupil's cases", "nta") == PageActions.Outcome.DONE) {
            PageActions.info("Notice to Attend given. Its letter is ready below.");
        }
    }

    public void download() throws IOException {
        AttendanceLetter[] letter = new AttendanceLetter[1];
        if (PageActions.run(() -> letter[0] = letters.find(sentId("letterId")), "this letter", null) == PageActions.Outcome.DONE) {
            PageActions.download(letter[0].pdf(), "application/pdf", letter[0].fileName());
        }
    }

    public void bundle() throws IOException {
        if (refusedUnlessEnforcer()) {
            return;
        }
        CourtBundle.Bundle[] b = new CourtBundle.Bundle[1];
        if (PageActions.run(() -> b[0] = bundles.of(sentId("caseId")), "this case", null) == PageActions.Outcome.DONE) {
            PageActions.download(b[0].pdf(), "application/pdf", b[0].fileName());
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNtaParent() { return ntaParent; }
    public void setNtaParent(String ntaParent) { this.ntaParent = ntaParent; }
    public String getNtaReason() { return ntaReason; }
    public void setNtaReason(String ntaReason) { this.ntaReason = ntaReason; }
}
