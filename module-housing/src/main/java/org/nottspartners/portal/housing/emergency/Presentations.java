package org.nottspartners.portal.housing.emergency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.clock.ClockRecord;
import org.nottspartners.portal.core.clock.ClockSubject;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.event.SocialCareReferral;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.core.problem.FieldChecks;
import org.nottspartners.portal.housing.kit.HousingAccess;
import org.nottspartners.portal.housing.kit.HousingViews.BedContactView;
import org.nottspartners.portal.housing.kit.HousingViews.ClockView;
import org.nottspartners.portal.housing.kit.HousingViews.EmergencyStepForm;
import org.nottspartners.portal.housing.kit.HousingViews.PresentationForm;
import org.nottspartners.portal.housing.kit.HousingViews.PresentationView;
import org.nottspartners.portal.housing.kit.YoungPeople;
import org.nottspartners.portal.housing.providers.Placements;
import org.nottspartners.portal.housing.providers.Provider;
import org.nottspartners.portal.housing.providers.Providers;
import org.nottspartners.portal.housing.rules.HousingSettings;
import org.nottspartners.portal.housing.rules.HousingStandards;
import org.nottspartners.portal.housing.rules.LookedAfter;

/**
 * The emergency process for a homeless 16 or 17 year old (RULES.md §6; 002 §8a2), on core's hour clocks: presentation
 * starts the RAW-allocation (1 hour) and contact (2 hours) clocks; allocation and contact stop them; an emergency bed
 * starts the daily-contact clock, which each day's contact restarts; a wish to be looked after refers the young person
 * to MASH through core's social-care event, and accommodation under section 20 makes them looked after 24 hours later.
 */
@ApplicationScoped
@Transactional
public class Presentations {

    public static final String TEAM = "Homelessness Team";

    /** The steps of the process a form may name. */
    public enum Step {
        ALLOCATE, CONTACT, HOMELESS, MEDIATION, SECTION_20, ACCOMMODATED, BED, BED_CONTACT, CLOSE
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Today today;

    @Inject
    StandardClocks clocks;

    @Inject
    HousingAccess access;

    @Inject
    YoungPeople people;

    @Inject
    Providers providers;

    @Inject
    Placements placements;

    @Inject
    TenantSettings settings;

    @Inject
    Event<SocialCareReferral> handOff;

    /** Logs a presentation and starts its hour clocks from the moment the young person presented. */
    public PresentationView log(PresentationForm form) {
        FieldChecks f = new FieldChecks();
        Presentation.Reason reason = f.choice(Presentation.Reason.class, form.reason, "reason",
                "Choose why the young person is presenting: HOMELESS, SOFA_SURFING, OVERCROWDING, ROUGH_SLEEPING, "
                        + "PLACEMENT_BREAKDOWN, NOTICE_AFTER_INCIDENT or CARE_LEAVER");
        f.optional(form.circumstances, "circumstances", 4000);
        OffsetDateTime now = today.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        OffsetDateTime at = (form.presentedAt == null ? now : form.presentedAt).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        f.require(!at.isAfter(now.plusMinutes(1)), "presentedAt", "The time they presented cannot be in the future");
        f.require(!at.isBefore(now.minusDays(7)), "presentedAt", "Log a presentation within a week of it");
        f.check();
        Person person = people.chosen(form.personId, "personId");
        Presentation p = new Presentation(person.id(), reason, blankToNull(form.circumstances), at, access.name());
        em.persist(p);
        em.flush();
        ClockSubject subject = subject(p, person);
        clocks.start(HousingStandards.RAW_ALLOCATION, subject, at);
        clocks.start(HousingStandards.FIRST_CONTACT, subject, at);
        return view(p);
    }

    private static ClockSubject subject(Presentation p, Person person) {
        return new ClockSubject(Presentation.RECORD_TYPE, p.id().toString(), person.givenName() + " " + person.familyName(), TEAM,
                p.rawWorker());
    }

    /** One step of the process, on the version the caller read. */
    public PresentationView step(UUID id, EmergencyStepForm form) {
        FieldChecks f = new FieldChecks();
        f.require(form.version != null, "version", "Send the version of the presentation you read");
        Step step = f.choice(Step.class, form.step, "step",
                "Choose the step: ALLOCATE, CONTACT, HOMELESS, MEDIATION, SECTION_20, ACCOMMODATED, BED, BED_CONTACT or CLOSE");
        f.optional(form.notes, "notes", 4000).optional(form.worker, "worker", 200);
        f.check();
        Presentation p = find(id);
        if (p.version() != form.version) {
            throw new StaleRecordException("presentation", id.toString(), form.version, p.version());
        }
        if (!p.open()) {
            throw new ActionRefusedException("This presentation was closed on " + p.closedAt().format(WHEN) + ": " + p.outcome());
        }
        OffsetDateTime now = today.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        OffsetDateTime at = (form.at == null ? now : form.at).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (at.isAfter(now.plusMinutes(1)) || at.isBefore(p.presentedAt())) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException("at",
                    "The time is between the presentation (" + p.presentedAt().format(WHEN) + ") and now");
        }
        String key = p.id().toString();
        switch (step) {
            case ALLOCATE -> {
                new FieldChecks().text(form.worker, "worker", 200, "Enter the Rapid Assessment Worker's name").check();
                p.allocate(form.worker.strip(), at);
                clocks.stop(HousingStandards.RAW_ALLOCATION, Presentation.RECORD_TYPE, key, at);
                clocks.assign(Presentation.RECORD_TYPE, key, TEAM, form.worker.strip());
            }
            case CONTACT -> {
                new FieldChecks().require(form.faceToFace != null, "faceToFace", "Say whether the contact was face to face").check();
                p.contacted(at, form.faceToFace);
                clocks.stop(HousingStandards.FIRST_CONTACT, Presentation.RECORD_TYPE, key, at);
            }
            case HOMELESS -> {
                new FieldChecks().require(form.yes != null, "yes", "Say whether the young person is actually homeless")
                        .text(form.notes, "notes", 2000, "Say why").check();
                p.homeless(form.yes, form.notes.strip());
            }
            case MEDIATION -> {
                new FieldChecks().text(form.notes, "notes", 4000, "Record the mediation").check();
                p.mediation(p.mediation() == null ? form.notes.strip() : p.mediation() + "\n" + at.atZoneSameInstant(Today.ENGLAND).toLocalDate() + ": " + form.notes.strip());
            }
            case SECTION_20 -> {
                if (p.mashReferredAt() != null) {
                    throw new ActionRefusedException("The young person's wish to be looked after was recorded, and they were referred to"
                            + " MASH, on " + p.mashReferredAt().atZoneSameInstant(Today.ENGLAND).format(WHEN) + ".");
                }
                new FieldChecks().require(form.yes != null, "yes", "Say whether the young person wishes to be looked after (section 20)").check();
                p.section20(form.yes, form.yes ? at : null);
                if (form.yes) {
                    Person person = people.of(p.personId()).orElse(null);
                    handOff.fire(new SocialCareReferral(TenantScope.current().orElseThrow(), org.nottspartners.portal.housing.kit.HousingRoles.MODULE_ID, key, null, p.personId(),
                            "section 20", "A homeless " + (person == null ? "" : YoungPeople.age(person, at.atZoneSameInstant(Today.ENGLAND).toLocalDate()) + "-year-old ")
                            + "wishes to be looked after (Children Act 1989 s20): referred to MASH", access.name(), at));
                }
            }
            case ACCOMMODATED -> {
                if (p.accommodatedAt() != null) {
                    throw new ActionRefusedException("Accommodated under section 20 since "
                            + p.accommodatedAt().atZoneSameInstant(Today.ENGLAND).format(WHEN) + ": that time stands.");
                }
                if (!Boolean.TRUE.equals(p.wishesS20())) {
                    throw new ActionRefusedException("Only a young person who wishes to be looked after is accommodated under"
                            + " section 20: record their wish first.");
                }
                p.accommodated(at);
            }
            case BED -> {
                new FieldChecks().require(form.providerId != null, "providerId", "Choose the provider of the emergency bed").check();
                Provider provider = providers.find(form.providerId);
                Person person = people.of(p.personId()).orElse(null);
                placements.check(provider, person, at.atZoneSameInstant(Today.ENGLAND).toLocalDate(), "providerId");
                p.bed(provider.id(), at);
                clocks.stop(HousingStandards.BED_CONTACT, Presentation.RECORD_TYPE, key, at);
                clocks.start(HousingStandards.BED_CONTACT, subject(p, person), at);
            }
            case BED_CONTACT -> {
                if (p.bedProviderId() == null) {
                    throw new ActionRefusedException("The young person is not in an emergency bed: record the bed first.");
                }
                new FieldChecks().text(form.notes, "notes", 4000, "Record what was said and done").check();
                em.persist(new BedContact(p.id(), at, access.name(), form.notes.strip()));
                clocks.stop(HousingStandards.BED_CONTACT, Presentation.RECORD_TYPE, key, at);
                clocks.start(HousingStandards.BED_CONTACT, subject(p, people.of(p.personId()).orElse(null)), at);
            }
            case CLOSE -> {
                new FieldChecks().text(form.notes, "notes", 2000, "Say how the emergency ended").check();
                close(p, form.notes.strip(), at);
            }
            default -> throw new IllegalStateException(step.name());
        }
        em.flush();
        return view(p);
    }

    private void close(Presentation p, String outcome, OffsetDateTime at) {
        p.close(outcome, at);
        clocks.stopAll(Presentation.RECORD_TYPE, p.id().toString(), at);
    }

    /** An A1 completed from the presentation. */
    public void linkA1(UUID presentationId, UUID a1Id) {
        Presentation p = find(presentationId);
        p.a1(a1Id);
    }

    /** The young person moved into supported accommodation: the RAW's work closes (002 §8a2). */
    public void movedIn(UUID presentationId, String provider, OffsetDateTime at) {
        Presentation p = presentationId == null ? null : em.find(Presentation.class, presentationId);
        if (p != null && p.open()) {
            close(p, "Moved into supported accommodation with " + provider + "; the provider's keyworker is lead professional", at);
        }
    }

    /** Whether there is such a presentation in the council. */
    public boolean exists(UUID id) {
        return id != null && em.find(Presentation.class, id) != null;
    }

    public Presentation find(UUID id) {
        Presentation p = id == null ? null : em.find(Presentation.class, id);
        if (p == null) {
            throw new RecordNotFoundException("No presentation " + id);
        }
        return p;
    }

    public PresentationView get(UUID id) {
        return view(find(id));
    }

    /** The open emergencies, the longest open first. */
    public List<PresentationView> open() {
        return em.createQuery("select p from Presentation p where p.closedAt is null order by p.presentedAt, p.id", Presentation.class)
                .getResultList().stream().map(this::view).toList();
    }

    /** A young person's presentations, newest first. */
    public List<PresentationView> of(UUID personId) {
        return em.createQuery("select p from Presentation p where p.personId = :p order by p.presentedAt desc", Presentation.class)
                .setParameter("p", personId).getResultList().stream().map(this::view).toList();
    }

    PresentationView view(Presentation p) {
        OffsetDateTime now = today.now();
        Person person = people.of(p.personId()).orElse(null);
        int hours = settings.number(HousingSettings.LOOKED_AFTER_HOURS, p.presentedAt().atZoneSameInstant(Today.ENGLAND).toLocalDate());
        boolean lookedAfter = LookedAfter.at(p.accommodatedAt(), hours, now);
        String lookedAfterWords = LookedAfter.from(p.accommodatedAt(), hours).map(since -> lookedAfter
                ? "Looked after since " + since.atZoneSameInstant(Today.ENGLAND).format(WHEN) + ": accommodated under section 20 for "
                        + hours + " hours (the Southwark judgment)"
                : "Accommodated under section 20: looked after from " + since.atZoneSameInstant(Today.ENGLAND).format(WHEN)
                        + " (" + hours + " hours after)").orElse(null);
        List<ClockView> clockViews = clocks.on(Presentation.RECORD_TYPE, p.id().toString()).stream().map(c -> clock(c, now)).toList();
        List<BedContactView> contacts = em.createQuery("select c from BedContact c where c.presentationId = :p order by c.contactedAt",
                BedContact.class).setParameter("p", p.id()).getResultList().stream()
                .map(c -> new BedContactView(c.contactedAt(), c.contactedBy(), c.notes())).toList();
        return new PresentationView(p.id(), p.version(), p.personId(),
                person == null ? null : person.givenName() + " " + person.familyName(), YoungPeople.age(person, today.date()),
                p.reason().inWords(), p.circumstances(), p.presentedAt(), p.loggedBy(), p.rawWorker(), p.rawAllocatedAt(),
                p.contactedAt(), p.faceToFace(), p.actuallyHomeless(), p.homelessReasons(), p.mediation(), p.wishesS20(),
                p.mashReferredAt(), p.accommodatedAt(), lookedAfter, lookedAfterWords, providers.nameOf(p.bedProviderId()),
                p.bedFrom(), p.a1Id(), p.closedAt(), p.outcome(), clockViews, contacts);
    }

    private static ClockView clock(ClockRecord c, OffsetDateTime now) {
        String status;
        if (c.stoppedAt() != null) {
            status = c.stoppedAt().isAfter(c.dueAt()) ? "met late" : "met in time";
        } else if (now.isAfter(c.dueAt())) {
            status = "overdue by " + words(Duration.between(c.dueAt(), now));
        } else {
            status = words(Duration.between(now, c.dueAt())) + " left";
        }
        return new ClockView(c.standardId(), c.standardName(), c.startedAt(), c.dueAt(), c.stoppedAt(), status,
                c.stoppedAt() != null && !c.stoppedAt().isAfter(c.dueAt()));
    }

    private static String words(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long hours = minutes / 60;
        return hours == 0 ? (minutes % 60) + " min" : hours + " h " + (minutes % 60) + " min";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
