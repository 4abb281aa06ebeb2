package org.nottspartners.portal.licensing.licences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.letters.PdfBundles;
import org.nottspartners.portal.core.mail.OutgoingMail;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantDirectory;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.licensing.applications.Application;
import org.nottspartners.portal.licensing.applications.ApplicationDay;
import org.nottspartners.portal.licensing.applications.ApplicationKind;
import org.nottspartners.portal.licensing.rules.EmploymentLimits;
import org.nottspartners.portal.licensing.rules.LicensingLimits;
import org.nottspartners.portal.licensing.rules.SchoolAge;

/**
 * The licence or permit a grant issues (RULES.md §5; 002 §14a, §14c): a PDF with the holder, the child, the production
 * or job, every day and its times, the conditions and (for a permit) the hours the byelaws allow; kept against the
 * application and e-mailed, once the grant commits, to the holder and the parent. A refusal is e-mailed with its reasons.
 */
@ApplicationScoped
@Transactional
public class Licences {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    TenantContext tenant;

    @Inject
    TenantDirectory tenants;

    @Inject
    LicensingLimits limits;

    @Inject
    Today today;

    /** On a decision (in its transaction): a grant issues the licence, a refusal tells the applicant. */
    public void decided(@jakarta.enterprise.event.Observes org.nottspartners.portal.licensing.applications.Applications.Decided decision) {
        if (decision.application().status() == Application.Status.GRANTED) {
            issue(decision.application(), decision.days());
        } else {
            refused(decision.application());
        }
    }

    /** Issues the document of a granted application, and sends it. */
    public LicenceDocument issue(Application a, List<ApplicationDay> days) {
        if (a.kind() == ApplicationKind.CHAPERONE) {
            return chaperone(a);
        }
        if (a.kind() == ApplicationKind.BODY_OF_PERSONS) {
            return approval(a);
        }
        String council = tenants.nameOf(tenant.tenantId()).orElse(tenant.tenantId());
        LocalDate on = today.date();
        boolean permit = a.kind() == ApplicationKind.EMPLOYMENT;
        String what = permit ? "Child employment permit" : "Child performance licence";
        List<String> titleLines = List.of(what + " " + a.reference() + ", issued by " + council + " on " + DateText.inWords(on),
                (permit ? "Under the Children and Young Persons Act 1933 and the council's byelaws" : "Under the Children (Performances"
                        + " and Activities) (England) Regulations 2014") + "; valid at the latest to "
                        + DateText.inWords(SchoolAge.lastDay(a.childDateOfBirth())) + ", the end of the child's compulsory school age");
        List<PdfBundles.Section> sections = new ArrayList<>();
        sections.add(new PdfBundles.Section(permit ? "The employer" : "The licence holder", List.of(a.applicantName()
                + (a.organisation() == null ? "" : ", " + a.organisation())), null));
        sections.add(new PdfBundles.Section("The child", List.of(a.childGivenName() + " " + a.childFamilyName() + ", born "
                + DateText.inWords(a.childDateOfBirth()) + ", of " + a.childAddress() + "; school: " + a.childSchool()), null));
        sections.add(new PdfBundles.Section(permit ? "The job" : "The production", List.of(a.title() + (permit ? ", at " : ", at the venue ")
                + a.place() + (permit && a.startsOn() != null ? "; started or starts on " + DateText.inWords(a.startsOn()) : "")), null));
        List<List<String>> rows = days.stream().map(d -> List.of(DateText.inWords(d.day()), d.start().toString(), d.end().toString())).toList();
        sections.add(new PdfBundles.Section(permit ? "Permitted days and hours" : "Days and times at the venue", List.of(),
                new PdfBundles.Table(List.of("Day", permit ? "From" : "Arrives", permit ? "To" : "Leaves"), new float[] {3, 1, 1}, rows)));
        if (permit) {
            EmploymentLimits l = limits.employment(on);
            sections.add(new PdfBundles.Section("Hours the byelaws allow", List.of("Never in school hours, before " + l.earliest()
                    + " or after " + l.latest() + ". A school day at most " + l.schoolDay().toMinutes() + " minutes (at most "
                    + l.beforeSchool().toMinutes() + " before school); a Sunday at most " + l.sunday().toMinutes() + " minutes; a term-time"
                    + " week at most " + l.termWeek().toHours() + " hours; a break of " + l.breakLength().toMinutes() + " minutes after "
                    + l.workBeforeBreak().toHours() + " hours' work; " + l.freeHolidayWeeks()
                    + " weeks in a row without work in the school holidays each year."), null));
        } else {
            sections.add(new PdfBundles.Section("The chaperone", List.of(a.chaperoneName() + (a.childrenWithChaperone() == null ? ""
                    : ", looking after " + a.childrenWithChaperone() + " children")
                    + (Boolean.TRUE.equals(a.chaperoneIsTutor()) ? ", also their tutor" : "")
                    + (a.tutorName() == null ? "" : "; tutor: " + a.tutorName())), null));
        }
        sections.add(new PdfBundles.Section("Conditions", List.of(a.decisionWords() == null ? "None beyond the law's." : a.decisionWords()),
                null));
        sections.add(new PdfBundles.Section("Copies", List.of(permit ? "Copies go to the employer and the child's parent."
                : "Copies go to the licence holder, the child's parent, the child's school and the council where the performance"
                        + " takes place."), null));
        byte[] pdf = PdfBundles.render(council, what, titleLines, sections);
        List<String> to = recipients(a);
        String fileName = a.reference() + ".pdf";
        LicenceDocument document = new LicenceDocument(a.id(), fileName, pdf, String.join(", ", to));
        em.persist(document);
        em.flush();
        mail.fire(new OutgoingMail(to, what + " " + a.reference() + " for " + a.childGivenName() + " " + a.childFamilyName(),
                "Dear " + a.applicantName() + ",\n\n" + council + " has granted the " + what.toLowerCase() + " " + a.reference()
                        + ". It is attached.\n\nConditions: " + (a.decisionWords() == null ? "none beyond the law's." : a.decisionWords())
                        + "\n\n" + council + " licensing team",
                List.of(new OutgoingMail.Attachment(fileName, "application/pdf", pdf))));
        return document;
    }

    /** A body of persons approval: the organisation, its performances, the period, its safeguarding and the conditions. */
    private LicenceDocument approval(Application a) {
        String council = tenants.nameOf(tenant.tenantId()).orElse(tenant.tenantId());
        String what = "Body of persons approval";
        List<PdfBundles.Section> sections = List.of(
                new PdfBundles.Section("The organisation", List.of(a.organisation() + ", represented by " + a.applicantName()), null),
                new PdfBundles.Section("The performances", List.of(a.title() + ", at " + a.place() + ", from " + DateText.inWords(a.startsOn())
                        + " to " + DateText.inWords(a.endsOn())), null),
                new PdfBundles.Section("Safeguarding", List.of(a.safeguarding()), null),
                new PdfBundles.Section("Conditions", List.of(a.decisionWords() == null ? "None beyond the law's." : a.decisionWords()), null),
                new PdfBundles.Section("What it means", List.of("No licence is needed for a child taking part in these performances"
                        + " while the approval is in force; the hours and breaks of the 2014 Regulations still apply."), null));
        return issued(a, council, what, sections);
    }

    /** The document rendered, kept against the application and sent to the applicant once the grant commits. */
    private LicenceDocument issued(Application a, String council, String what, List<PdfBundles.Section> sections) {
        byte[] pdf = PdfBundles.render(council, what, List.of(what + " " + a.reference() + ", issued by " + council + " on "
                + DateText.inWords(today.date())), sections);
        List<String> to = a.applicantEmail() == null ? List.of() : List.of(a.applicantEmail());
        String fileName = a.reference() + ".pdf";
        LicenceDocument document = new LicenceDocument(a.id(), fileName, pdf, String.join(", ", to));
        em.persist(document);
        em.flush();
        mail.fire(new OutgoingMail(to, what + " " + a.reference(), "Dear " + a.applicantName() + ",\n\n" + council
                + " has granted the " + what.toLowerCase(java.util.Locale.UK) + " " + a.reference() + ". It is attached.\n\n" + council
                + " licensing team", List.of(new OutgoingMail.Attachment(fileName, "application/pdf", pdf))));
        return document;
    }

    /** A chaperone licence (002 §14b): the holder, their DBS certificate and training, the conditions. */
    private LicenceDocument chaperone(Application a) {
        String council = tenants.nameOf(tenant.tenantId()).orElse(tenant.tenantId());
        String what = "Chaperone licence";
        List<PdfBundles.Section> sections = List.of(
                new PdfBundles.Section("The chaperone", List.of(a.applicantName() + ", born " + DateText.inWords(a.applicantDateOfBirth())
                        + ", of " + a.applicantAddress()), null),
                new PdfBundles.Section("Checks", List.of("DBS certificate " + a.dbsNumber() + " issued on " + DateText.inWords(a.dbsIssuedOn())
                        + "; chaperone training on " + DateText.inWords(a.trainedOn()) + "; references taken up; children's services"
                        + " records checked with the chaperone's consent."), null),
                new PdfBundles.Section("Conditions", List.of(a.decisionWords() == null ? "None beyond the law's." : a.decisionWords()), null),
                new PdfBundles.Section("What a chaperone does", List.of("A chaperone acts in place of the child's parent, looks after at"
                        + " most 12 children (3 if also their tutor), and keeps the licence's hours for each child."), null));
        return issued(a, council, what, sections);
    }

    /** Tells the applicant of a refusal and its reasons. */
    public void refused(Application a) {
        String council = tenants.nameOf(tenant.tenantId()).orElse(tenant.tenantId());
        if (a.applicantEmail() == null) {
            return;
        }
        mail.fire(new OutgoingMail(List.of(a.applicantEmail()), "Your application " + a.reference() + " has been refused",
                "Dear " + a.applicantName() + ",\n\n" + council + " has refused the application " + a.reference()
                        + (a.childGivenName() == null ? "" : " for " + a.childGivenName() + " " + a.childFamilyName()) + ".\n\nThe reasons: " + a.decisionWords()
                        + "\n\nYou may apply again with changed days or times.\n\n" + council + " licensing team", List.of()));
    }

    /** The issued document of an application, if it has one. */
    public Optional<LicenceDocument> of(UUID applicationId) {
        return em.createQuery("select d from LicenceDocument d where d.applicationId = :id", LicenceDocument.class)
                .setParameter("id", applicationId).getResultStream().findFirst();
    }

    private static List<String> recipients(Application a) {
        List<String> to = new ArrayList<>();
        if (a.applicantEmail() != null) {
            to.add(a.applicantEmail());
        }
        if (a.parentEmail() != null && !to.contains(a.parentEmail())) {
            to.add(a.parentEmail());
        }
        return to;
    }
}
