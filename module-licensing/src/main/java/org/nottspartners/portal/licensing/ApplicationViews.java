package org.nottspartners.portal.licensing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.nottspartners.portal.licensing.applications.Application;
import org.nottspartners.portal.licensing.applications.Applications;
import org.nottspartners.portal.licensing.checks.RuleCheckView;
import org.nottspartners.portal.licensing.consultation.Consultations;
import org.nottspartners.portal.licensing.consultation.SchoolView;

/**
 * Applications as the API and the pages show them: in full, with what is missing, the rules checked and whether it came
 * late; for an officer also the school's view and the inspections; for a school user only what a school needs.
 */
@ApplicationScoped
@Transactional
public class ApplicationViews {

    @Inject
    Applications applications;

    @Inject
    Consultations consultations;

    public LicensingViews.ApplicationView of(Application a) {
        var days = applications.days(a.id()).stream().map(LicensingViews.ApplicationDayView::of).toList();
        var check = applications.check(a).map(RuleCheckView::of).orElse(null);
        var documents = applications.attachments(a.id()).stream()
                .map(d -> new LicensingViews.DocumentView(d.kind().name(), d.fileName(), d.mediaType(), d.size())).toList();
        boolean officer = applications.isOfficer();
        return new LicensingViews.ApplicationView(a.id(), a.reference(), a.kind().name(), a.status().name(), a.version(),
                a.applicantName(), a.applicantEmail(), a.childGivenName(), a.childFamilyName(), a.childDateOfBirth(), a.childAddress(),
                a.childSchool(), a.parentName(), a.parentEmail(), a.organisation(), a.title(), a.place(), a.lightWork(), a.startsOn(),
                a.chaperoneName(), a.childrenWithChaperone(), a.chaperoneIsTutor(), a.tutorName(), a.paid(), a.applicantDateOfBirth(),
                a.applicantAddress(), a.dbsNumber(), a.dbsIssuedOn(), a.referees(), a.trainedOn(), a.recordsCheckConsent(), a.endsOn(),
                a.safeguarding(), a.parentInvitedAt(), a.parentConsent(), a.healthDeclaration(), a.parentPartAt(), days, documents,
                a.status() == Application.Status.DRAFT ? applications.missing(a) : List.of(), check,
                applications.late(a).orElse(null), a.submittedAt(), a.decidedAt(), a.decidedBy(), a.decisionWords(),
                officer ? consultations.schoolViewsOf(a.id()).stream().map(v -> new LicensingViews.SchoolViewView(v.id(),
                        v.schoolUserName(), v.requestedAt(), v.answer(), v.answeredAt())).toList() : null,
                officer ? consultations.inspectionsOf(a.id()).stream().map(i -> new LicensingViews.InspectionView(i.on(), i.place(),
                        i.findings(), i.satisfactory())).toList() : null);
    }

    /** What the invited parent may read: the child, the production, its days and their own part. */
    public LicensingViews.ParentPartView forParent(Application a) {
        var days = applications.days(a.id()).stream().map(LicensingViews.ApplicationDayView::of).toList();
        return new LicensingViews.ParentPartView(a.id(), a.version(), a.reference(), a.applicantName() + (a.organisation() == null ? ""
                : ", " + a.organisation()), a.childGivenName() + " " + (a.childFamilyName() == null ? "" : a.childFamilyName()),
                a.title(), a.place(), days, a.parentConsent(), a.healthDeclaration(), a.parentPartAt());
    }

    /** What a school user asked for the school's view may read of the application: the child, the work and the days. */
    public LicensingViews.SchoolRequestView forSchool(SchoolView v) {
        Application a = applications.about(v.applicationId());
        var days = applications.days(a.id()).stream().map(LicensingViews.ApplicationDayView::of).toList();
        return new LicensingViews.SchoolRequestView(v.id(), v.version(), a.reference(), a.childGivenName() + " " + a.childFamilyName(),
                a.childDateOfBirth(), a.kind().title() + ": " + a.title() + ", " + a.organisation(), days, v.requestedAt(), v.answer(),
                v.answeredAt(), a.status() == Application.Status.GRANTED || a.status() == Application.Status.REFUSED ? a.status().name()
                        : null);
    }
}
