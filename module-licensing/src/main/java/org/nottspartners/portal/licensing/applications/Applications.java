package org.nottspartners.portal.licensing.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.clock.ClockSubject;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.licensing.checks.RuleCheckForm;
import org.nottspartners.portal.licensing.checks.RuleChecks;
import org.nottspartners.portal.licensing.rules.LicensingLimits;
import org.nottspartners.portal.licensing.rules.LicensingSettings;
import org.nottspartners.portal.licensing.rules.LightWork;
import org.nottspartners.portal.licensing.rules.RuleCheck;
import org.nottspartners.portal.licensing.rules.WorkPeriod;

/**
 * Applications in the current council. A member of the public starts, saves, sends and withdraws their own; nobody
 * else's exists for them (404, as another council's). The council's licensing officers see every application once it
 * is sent (never a draft), and decide. Sending checks that every answer the kind needs is given, that a performance
 * application arrives at least 21 days before the first day (a council setting), and starts the decision clock.
 * <p>Why one class of some 490 lines: it is the one place an application's state changes (create, each part saved,
 * submitted, withdrawn, decided), each change guarded by the same ownership and version checks and audited the same
 * way; the rules themselves ({@code rules}), the checks in words ({@code checks}), consultation, licences and
 * notifications are already their own packages, and splitting the remaining steps would scatter one lifecycle.
 */
@ApplicationScoped
@Transactional
public class Applications {

    static final String SUBJECT = "licence-application";
    private static final String TEAM = "Licensing";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    @Inject
    RuleChecks checks;

    @Inject
    LicensingLimits limits;

    @Inject
    StandardClocks clocks;

    @Inject
    jakarta.enterprise.event.Event<Decided> decided;

    @Inject
    org.nottspartners.portal.core.tenancy.TenantContext tenant;

    @Inject
    jakarta.enterprise.event.Event<org.nottspartners.portal.core.mail.OutgoingMail> invitations;

    /**
     * An application granted or refused, fired in the decision's transaction: the licence is issued by its observer
     * (and sent once the decision commits).
     */
    public record Decided(Application application, List<ApplicationDay> days) {
    }

    /** A new draft by the member of the public signed in. */
    public Application start(ApplicationKind kind) {
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose what you are applying for: PERFORMANCE, EMPLOYMENT or CHAPERONE");
        }
        Application a = new Application(kind, caller.userId(), caller.displayName(), caller.email().orElse(null));
        em.persist(a);
        em.flush();
        return a;
    }

    /** The signed-in applicant's applications in this council, newest first. */
    public List<Application> mine() {
        return em.createQuery("select a from Application a where a.applicantId = :me order by a.createdAt desc", Application.class)
                .setParameter("me", caller.userId()).setMaxResults(200).getResultList();
    }

    /** The officer's queue: sent applications, the oldest waiting first, then the decided, newest first. */
    public List<Application> queue(Optional<Application.Status> status) {
        return em.createQuery("select a from Application a where a.submittedAt is not null and (:status is null or a.status = :status)"
                        + " order by case when a.status = :sent then 0 else 1 end, a.submittedAt", Application.class)
                .setParameter("sent", Application.Status.SUBMITTED)
                .setParameter("status", status.orElse(null)).setMaxResults(500).getResultList();
    }

    /** An application the caller may see: their own as an applicant; any sent one as an officer. */
    public Application visible(UUID id) {
        Application a = id == null ? null : em.find(Application.class, id);
        if (a == null || !maysee(a)) {
            throw new RecordNotFoundException("There is no such application.");
        }
        return a;
    }

    public List<ApplicationDay> days(UUID applicationId) {
        return em.createQuery("select d from ApplicationDay d where d.applicationId = :id order by d.day, d.start", ApplicationDay.class)
                .setParameter("id", applicationId).getResultList();
    }

    /** Saves the answers given on a draft (save and come back later). */
    public Application save(UUID id, ApplicationForm form) {
        if (form == null) {
            throw new InvalidInputException("version", "Send the answers and the version of the application you read");
        }
        Application a = ownDraft(id, form.version);
        a.details(form.read(today.date()), form);
        em.flush();
        return a;
    }

    /** Replaces a draft's days and times (an empty list removes them all). */
    public Application saveDays(UUID id, Long version, List<RuleCheckForm.Day> days) {
        Application a = ownDraft(id, version);
        // no days at all clears them (the last one removed); any day given is read and checked
        List<WorkPeriod> periods = days != null && days.isEmpty() ? List.of() : checks.readDays(days);
        em.createQuery("delete from ApplicationDay d where d.applicationId = :id").setParameter("id", id).executeUpdate();
        for (WorkPeriod p : periods) {
            em.persist(new ApplicationDay(id, p.day(), p.start(), p.end()));
        }
        a.touch();
        a.parentPartChanged(); // the parent agreed to other days: they are asked again
        em.flush();
        return a;
    }

    /** The documents sent with an application, by kind (a later one of a kind replaces the earlier). */
    public List<Attachment> attachments(UUID applicationId) {
        return em.createQuery("select d from Attachment d where d.applicationId = :id order by d.kind", Attachment.class)
                .setParameter("id", applicationId).getResultList();
    }

    /**
     * Adds a document to a draft, checked by its content (a PDF, JPEG or PNG, whatever its name) and its size (the
     * council's setting); one of each kind, the newest kept.
     */
    public Application attach(UUID id, Long version, Attachment.Kind kind, String fileName, java.io.InputStream content) {
        Application a = ownDraft(id, version);
        if (kind == null) {
            throw new InvalidInputException("kind", "Say which document this is: BIRTH_CERTIFICATE, PHOTO or DBS_CERTIFICATE");
        }
        String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase(java.util.Locale.UK) : fileName.strip();
        if (name.length() > 200 || name.chars().anyMatch(c -> c < 32 || c == '<' || c == '>')) {
            throw new InvalidInputException("fileName", "Give the file a name of up to 200 characters, without < or > or control characters");
        }
        long max = limits.number(LicensingSettings.UPLOAD_MEGABYTES, today.date()) * 1024L * 1024L;
        var accepted = org.nottspartners.portal.core.upload.UploadCheck.check(content, max,
                org.nottspartners.portal.core.upload.UploadCheck.DOCUMENTS, "file");
        a.touch();
        em.flush(); // the version first: of two uploads at once, the second is refused as stale, not by the unique index
        em.createQuery("delete from Attachment d where d.applicationId = :id and d.kind = :kind").setParameter("id", id)
                .setParameter("kind", kind).executeUpdate();
        em.persist(new Attachment(id, kind, name, accepted.mediaType(), accepted.content()));
        em.flush();
        return a;
    }

    /** The rules checked on the answers so far; empty until the child's date of birth and a day are given. */
    public Optional<RuleCheck> check(Application a) {
        List<ApplicationDay> days = days(a.id());
        if (a.kind().rules() == null || a.childDateOfBirth() == null || days.isEmpty()) {
            return Optional.empty();
        }
        RuleCheckForm form = new RuleCheckForm();
        form.childrenWithChaperone = a.childrenWithChaperone();
        form.chaperoneIsTutor = a.chaperoneIsTutor();
        form.paid = a.paid();
        List<WorkPeriod> periods = days.stream().map(d -> new WorkPeriod(d.day(), d.start(), d.end())).toList();
        Optional<LightWork> job = Optional.ofNullable(a.lightWork()).map(LightWork::valueOf);
        try {
            return Optional.of(checks.check(new RuleChecks.Plan(a.kind().rules(), a.childDateOfBirth(), job, periods), form));
        } catch (IllegalStateException termDatesUnknown) {
            return Optional.empty(); // the council's term dates do not reach a day yet: the officer's page says so
        }
    }

    /** What an application still needs before it can be sent, each as the field and the words for it. */
    public List<Problem.FieldError> missing(Application a) {
        List<Problem.FieldError> missing = new ArrayList<>();
        java.util.Set<Attachment.Kind> sent = attachments(a.id()).stream().map(Attachment::kind)
                .collect(java.util.stream.Collectors.toSet());
        if (a.kind() == ApplicationKind.BODY_OF_PERSONS) {
            need(missing, a.organisation(), "organisation", "Enter the organisation's name");
            need(missing, a.title(), "title", "Enter the performances the approval is for");
            need(missing, a.place(), "place", "Enter where the performances take place");
            need(missing, a.startsOn(), "startsOn", "Enter the first day of the performances");
            need(missing, a.endsOn(), "endsOn", "Enter the last day of the performances");
            need(missing, a.safeguarding(), "safeguarding", "Enter how the organisation keeps the children safe");
            return missing;
        }
        if (a.kind() == ApplicationKind.CHAPERONE) {
            need(missing, a.applicantDateOfBirth(), "applicantDateOfBirth", "Enter your date of birth");
            need(missing, a.applicantAddress(), "applicantAddress", "Enter your home address");
            need(missing, a.dbsNumber(), "dbsNumber", "Enter your DBS certificate number");
            need(missing, a.dbsIssuedOn(), "dbsIssuedOn", "Enter the date your DBS certificate was issued");
            need(missing, a.referees(), "referees", "Enter two referees");
            need(missing, a.trainedOn(), "trainedOn", "Enter the date of your chaperone training");
            if (!Boolean.TRUE.equals(a.recordsCheckConsent())) {
                missing.add(new Problem.FieldError("recordsCheckConsent",
                        "Give your consent to a check of the council's children's services records"));
            }
            needDocuments(missing, sent, List.of(Attachment.Kind.DBS_CERTIFICATE, Attachment.Kind.PHOTO), "");
            return missing;
        }
        need(missing, a.childGivenName(), "childGivenName", "Enter the child's first name");
        need(missing, a.childFamilyName(), "childFamilyName", "Enter the child's last name");
        need(missing, a.childDateOfBirth(), "childDateOfBirth", "Enter the child's date of birth");
        need(missing, a.childAddress(), "childAddress", "Enter the child's home address");
        need(missing, a.childSchool(), "childSchool", "Enter the child's school");
        need(missing, a.parentName(), "parentName", "Enter the parent's full name");
        need(missing, a.parentEmail(), "parentEmail", "Enter the parent's email address");
        need(missing, a.organisation(), "organisation", a.kind() == ApplicationKind.PERFORMANCE
                ? "Enter the name of the production company" : "Enter the name of the business");
        need(missing, a.title(), "title", a.kind() == ApplicationKind.PERFORMANCE ? "Enter the name of the production"
                : "Enter what the job is");
        need(missing, a.place(), "place", a.kind() == ApplicationKind.PERFORMANCE ? "Enter the address of the venue"
                : "Enter the address where the child works");
        if (a.kind() == ApplicationKind.PERFORMANCE) {
            need(missing, a.chaperoneName(), "chaperoneName", "Enter the chaperone's full name");
            need(missing, a.childrenWithChaperone(), "childrenWithChaperone", "Enter how many children the chaperone looks after");
            need(missing, a.paid(), "paid", "Say whether the child is paid");
            needDocuments(missing, sent, List.of(Attachment.Kind.BIRTH_CERTIFICATE, Attachment.Kind.PHOTO), " of the child");
            if (a.parentInvitedAt() == null) {
                missing.add(new Problem.FieldError("parentPart", "Invite the child's parent to complete their part"));
            } else if (!Boolean.TRUE.equals(a.parentConsent())) {
                missing.add(new Problem.FieldError("parentPart", "Wait for the child's parent to complete their part: their consent"
                        + " and a declaration of the child's health"));
            }
        } else {
            need(missing, a.startsOn(), "startsOn", "Enter the day the child starts work");
        }
        if (days(a.id()).isEmpty()) {
            missing.add(new Problem.FieldError("days", a.kind() == ApplicationKind.PERFORMANCE
                    ? "Add every performance and rehearsal day with its times" : "Add the days and times the child will work"));
        }
        return missing;
    }

    /** Sends a complete draft to the council and starts the decision clock. */
    public Application submit(UUID id, Long version) {
        Application a = ownDraft(id, version);
        LocalDate on = today.date();
        List<ApplicationDay> days = days(id);
        if (!days.isEmpty()) {
            LocalDate first = days.get(0).day();
            if (first.isBefore(on)) {
                throw new InvalidInputException("days", "The first day (" + DateText.inWords(first) + ") is in the past: change the days");
            }
            if (a.kind() == ApplicationKind.PERFORMANCE) {
                int lead = limits.number(LicensingSettings.LEAD_DAYS, on);
                if (on.plusDays(lead).isAfter(first)) {
                    throw new ActionRefusedException("Too late to apply online", "The first performance or rehearsal is on "
                            + DateText.inWords(first) + ". The council must receive an application at least " + lead
                            + " days before the first day, by " + DateText.inWords(first.minusDays(lead))
                            + ". Contact the council's licensing team.");
                }
            }
        }
        List<Problem.FieldError> missing = missing(a);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        OffsetDateTime now = today.now();
        a.submit(now);
        em.flush();
        if (a.kind().rules() != null) { // RULES.md §5 gives chaperone licences and approvals no timescale
            clocks.start(a.kind() == ApplicationKind.PERFORMANCE ? LicensingStandards.PERFORMANCE_DECISION
                    : LicensingStandards.PERMIT_DECISION, subject(a), now);
        }
        return a;
    }

    /**
     * The producer invites the child's parent (by the e-mail address the application gives) to complete their part: the
     * parent signs in with that verified address and sees only their part. The invitation is e-mailed once this commits.
     */
    public Application inviteParent(UUID id, Long version) {
        Application a = ownDraft(id, version);
        if (a.kind() != ApplicationKind.PERFORMANCE) {
            throw new ActionRefusedException("Not for this application", "Only a performance licence has a parent's part.");
        }
        if (a.parentEmail() == null || a.parentName() == null || a.childGivenName() == null) {
            throw new InvalidInputException("parentEmail", "Enter the child's name and the parent's name and email address first");
        }
        if (caller.email().map(e -> e.equalsIgnoreCase(a.parentEmail())).orElse(false)) {
            throw new InvalidInputException("parentEmail", "The parent completes their own part: enter the parent's email address,"
                    + " not yours");
        }
        a.inviteParent(today.now());
        em.flush();
        invitations.fire(new org.nottspartners.portal.core.mail.OutgoingMail(List.of(a.parentEmail()),
                "Your part of the performance licence application " + a.reference() + " for " + a.childGivenName(),
                "Dear " + a.parentName() + ",\n\n" + a.applicantName() + (a.organisation() == null ? "" : " of " + a.organisation())
                        + " has applied for a licence for " + a.childGivenName() + " to take part in " + (a.title() == null
                        ? "a performance" : a.title()) + ". The parent completes their own part: your consent and a"
                        + " declaration of the child's health.\n\nSign in to the council's online service (register with this"
                        + " email address if you have not) and choose 'Your part as a parent'. Quote " + a.reference() + ".",
                List.of()));
        return a;
    }

    /** The performance applications the signed-in member of the public is invited to as the child's parent. */
    public List<Application> invitedAsParent() {
        String email = caller.email().map(e -> e.toLowerCase(java.util.Locale.UK)).orElse(null);
        if (email == null || !caller.roles().isMemberOfPublic()) {
            return List.of();
        }
        return em.createQuery("select a from Application a where a.parentEmail = :me and a.parentInvitedAt is not null"
                + " and a.status = :draft order by a.parentInvitedAt desc", Application.class).setParameter("me", email)
                .setParameter("draft", Application.Status.DRAFT).setMaxResults(50).getResultList();
    }

    /** One application the signed-in parent is invited to; anyone else's is 404. */
    public Application asParent(UUID id) {
        return invitedAsParent().stream().filter(a -> a.id().equals(id) && !a.applicantId().equals(caller.userId())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("There is no such application waiting for you."));
    }

    /** The parent's own part: consent (required to go on) and the declaration of the child's health. */
    public Application parentPart(UUID id, Long version, Boolean consent, String health) {
        Application a = forChange(asParent(id), version);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (consent == null) {
            errors.add(new Problem.FieldError("parentConsent", "Say whether you agree to your child taking part"));
        }
        String declaration = health == null ? "" : health.strip();
        if (declaration.isEmpty()) {
            errors.add(new Problem.FieldError("healthDeclaration", "Tell us about your child's health: anything the producer and the"
                    + " chaperone need to know, or 'none'"));
        } else if (declaration.length() > 2000 || declaration.chars().anyMatch(c -> c < 32 && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new Problem.FieldError("healthDeclaration", "Enter the declaration in up to 2000 characters, without control characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        a.parentPart(consent, declaration, today.now());
        em.flush();
        return a;
    }

    /** Whether an employer applied later than the byelaws allow (within 7 days of the child starting). */
    public Optional<String> late(Application a) {
        if (a.kind() != ApplicationKind.EMPLOYMENT || a.startsOn() == null) {
            return Optional.empty();
        }
        LocalDate sent = a.submittedAt() == null ? today.date() : a.submittedAt().atZoneSameInstant(Today.ENGLAND).toLocalDate();
        int within = limits.number(LicensingSettings.PERMIT_APPLY_DAYS, sent);
        return sent.isAfter(a.startsOn().plusDays(within)) ? Optional.of("The employer applied on " + DateText.inWords(sent)
                + ", more than " + within + " days after the child started on " + DateText.inWords(a.startsOn()) + ".") : Optional.empty();
    }

    /** An officer's decision: granted with any conditions, or refused with the reasons. */
    public Application decide(UUID id, Long version, boolean grant, String words) {
        Application a = forChange(visible(id), version);
        if (a.status() != Application.Status.SUBMITTED) {
            throw new ActionRefusedException("Already decided", "This application is " + a.status().inWords().toLowerCase() + ".");
        }
        String text = words == null ? "" : words.strip();
        if (!grant && text.isEmpty()) {
            throw new InvalidInputException("words", "Give the reasons for refusing, in words the applicant will read");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("words", "The conditions or reasons must be 4000 characters or fewer");
        }
        OffsetDateTime now = today.now();
        a.decide(grant, text.isEmpty() ? null : text, caller.displayName(), now);
        em.flush();
        clocks.stopAll(SUBJECT, a.id().toString(), now);
        decided.fire(new Decided(a, days(a.id())));
        return a;
    }

    /** The applicant withdraws a draft or a sent application not yet decided. */
    public Application withdraw(UUID id, Long version) {
        Application a = forChange(own(id), version);
        if (a.status() != Application.Status.DRAFT && a.status() != Application.Status.SUBMITTED) {
            throw new ActionRefusedException("Already decided", "This application is " + a.status().inWords().toLowerCase() + ".");
        }
        a.withdraw();
        em.flush();
        clocks.stopAll(SUBJECT, a.id().toString(), today.now());
        return a;
    }

    /** Body of persons approvals granted and still in force on a day, by their last day. */
    public List<Application> currentApprovals(LocalDate on) {
        return em.createQuery("select a from Application a where a.kind = :kind and a.status = :granted and a.startsOn <= :on and a.endsOn >= :on"
                        + " order by a.endsOn", Application.class)
                .setParameter("kind", ApplicationKind.BODY_OF_PERSONS).setParameter("granted", Application.Status.GRANTED)
                .setParameter("on", on).setMaxResults(500).getResultList();
    }

    /** Whether the caller is a member of the public (an applicant) rather than an officer. */
    public boolean isApplicant() {
        return caller.roles().isMemberOfPublic();
    }

    /**
     * An application by its id without the caller's check: for a caller another record has already let in (a school user
     * reading the application their request for the school's view is about).
     */
    public Application about(UUID id) {
        Application a = em.find(Application.class, id);
        if (a == null) {
            throw new RecordNotFoundException("There is no such application.");
        }
        return a;
    }

    /**
     * An applicant sees their own applications; a licensing officer of the council every one ever sent (never a draft,
     * nor a draft withdrawn); nobody else any.
     */
    private boolean maysee(Application a) {
        if (caller.roles().isMemberOfPublic()) {
            return a.applicantId().equals(caller.userId());
        }
        return isOfficer() && a.submittedAt() != null;
    }

    /** Whether the caller is a licensing officer of the current council (asked positively, never "not the public"). */
    public boolean isOfficer() {
        return caller.roles().has(tenant.tenantId(), org.nottspartners.portal.licensing.roles.LicensingRoles.LICENSING_OFFICER);
    }

    private Application own(UUID id) {
        Application a = id == null ? null : em.find(Application.class, id);
        if (a == null || !a.applicantId().equals(caller.userId())) {
            throw new RecordNotFoundException("There is no such application.");
        }
        return a;
    }

    private Application ownDraft(UUID id, Long version) {
        Application a = forChange(own(id), version);
        if (a.status() != Application.Status.DRAFT) {
            throw new ActionRefusedException("Already sent", "This application has been sent to the council, so it can no longer"
                    + " be changed. Contact the council's licensing team to change it.");
        }
        return a;
    }

    private static Application forChange(Application a, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the application you read");
        }
        if (a.version() != version) {
            throw new StaleRecordException(SUBJECT, a.id().toString(), version, a.version());
        }
        return a;
    }

    /** Each document of the kinds needed not yet sent; {@code photoOf} says whose photograph ("of the child"). */
    private static void needDocuments(List<Problem.FieldError> missing, java.util.Set<Attachment.Kind> sent, List<Attachment.Kind> needed,
            String photoOf) {
        for (Attachment.Kind kind : needed) {
            if (!sent.contains(kind)) {
                missing.add(new Problem.FieldError("documents", "Add " + kind.inWords() + (kind == Attachment.Kind.PHOTO ? photoOf : "")));
            }
        }
    }

    private static void need(List<Problem.FieldError> missing, Object value, String field, String words) {
        if (value == null) {
            missing.add(new Problem.FieldError(field, words));
        }
    }

    private static ClockSubject subject(Application a) {
        return new ClockSubject(SUBJECT, a.id().toString(), a.kind().title() + " " + a.reference() + ": " + a.childGivenName() + " "
                + a.childFamilyName(), TEAM, null);
    }
}
