package org.nottspartners.portal.housing.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.core.problem.FieldChecks;
import org.nottspartners.portal.housing.kit.HousingAccess;
import org.nottspartners.portal.housing.kit.HousingJson;
import org.nottspartners.portal.housing.kit.HousingViews.A1Form;
import org.nottspartners.portal.housing.kit.HousingViews.A1StepForm;
import org.nottspartners.portal.housing.kit.HousingViews.A1View;
import org.nottspartners.portal.housing.kit.HousingViews.OfferAnswerForm;
import org.nottspartners.portal.housing.kit.HousingViews.OfferView;
import org.nottspartners.portal.housing.kit.HousingViews.OffersForm;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderOfferView;
import org.nottspartners.portal.housing.kit.HousingViews.ScoreItemView;
import org.nottspartners.portal.housing.kit.HousingViews.WaitingView;
import org.nottspartners.portal.housing.kit.YoungPeople;
import org.nottspartners.portal.housing.emergency.Presentations;
import org.nottspartners.portal.housing.providers.Placements;
import org.nottspartners.portal.housing.providers.Provider;
import org.nottspartners.portal.housing.providers.Providers;
import org.nottspartners.portal.housing.rules.ScoringScheme;
import org.nottspartners.portal.housing.rules.WaitingOrder;

/**
 * A1 referrals from completion to move-in (RULES.md §6; 002 §8): scored under the scheme in force, put on the waiting
 * list, sent by the Waiting List Manager to providers, accepted by one (one place, one winner), moved into (the
 * provider's keyworker becomes lead professional and the RAW's work closes), or broken down (a new A1 and a panel).
 */
@ApplicationScoped
@Transactional
public class A1s {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Today today;

    @Inject
    HousingAccess access;

    @Inject
    YoungPeople people;

    @Inject
    Schemes schemes;

    @Inject
    Providers providers;

    @Inject
    Placements placements;

    @Inject
    Presentations presentations;

    /** Completes an A1, scored at once under the scheme in force today and put on the waiting list. */
    public A1View create(A1Form form) {
        FieldChecks f = new FieldChecks();
        A1Route route = f.choice(A1Route.class, form.route, "route", "Choose the route: EMERGENCY, PLACEMENT_BREAKDOWN, "
                + "NOTICE_AFTER_INCIDENT, FROM_CARE, SERVED_NOTICE, CARE_LEAVER or OVER_18");
        f.optional(form.needs, "needs", 4000);
        f.require(form.answers != null && !form.answers.isEmpty(), "answers", "Answer the A1's questions");
        if (route == A1Route.PLACEMENT_BREAKDOWN) {
            f.require(form.followsId != null, "followsId", "Name the A1 of the placement that broke down");
            f.require(form.panelOn != null, "panelOn", "Enter the date of the supported accommodation panel discussion:"
                    + " a placement breakdown needs one");
        }
        f.check();
        if (route.emergency() && !access.isOfficer()) {
            throw new InvalidInputException("route", "An emergency A1 is completed by the Rapid Assessment Worker, a housing officer"
                    + " (002 §8a2): choose a planned route, or ask the Homelessness Team");
        }
        Person person = people.chosen(form.personId, "personId");
        List<A1Referral> active = em.createQuery("select a from A1Referral a where a.personId = :p and a.status in :s", A1Referral.class)
                .setParameter("p", person.id()).setParameter("s", List.of(A1Referral.Status.WAITING, A1Referral.Status.PLACED,
                        A1Referral.Status.MOVED_IN)).getResultList();
        if (!active.isEmpty()) {
            throw new ActionRefusedException("This young person has an A1 already", "The A1 of " + active.get(0).receivedAt()
                    .atZoneSameInstant(Today.ENGLAND).toLocalDate() + " is " + active.get(0).status().inWords().toLowerCase()
                    + ": change that one, or record its breakdown first.");
        }
        if (form.followsId != null) {
            A1Referral before = em.find(A1Referral.class, form.followsId);
            if (before == null) {
                throw new InvalidInputException("followsId", "There is no A1 " + form.followsId + " in this council");
            }
            if (!before.personId().equals(person.id()) || before.status() != A1Referral.Status.BROKEN_DOWN) {
                throw new org.nottspartners.portal.core.problem.InvalidInputException("followsId",
                        "The A1 followed is this young person's, and its placement broke down");
            }
        }
        if (form.presentationId != null && !presentations.exists(form.presentationId)) {
            throw new InvalidInputException("presentationId", "There is no presentation " + form.presentationId + " in this council");
        }
        if (form.presentationId != null && !presentations.find(form.presentationId).personId().equals(person.id())) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException("presentationId",
                    "The presentation is another young person's");
        }
        OffsetDateTime now = today.now();
        LocalDate day = today.date();
        SchemeVersion version = schemes.inForceOn(day);
        ScoringScheme.Score score = Schemes.scheme(version).score(form.answers);
        A1Referral a = new A1Referral(person.id(), route, form.presentationId, form.followsId, access.name(), roleWords(),
                Boolean.TRUE.equals(form.socialCareLead), form.needs == null || form.needs.isBlank() ? null : form.needs.strip(), now);
        a.scored(HousingJson.write(new LinkedHashMap<>(form.answers)), score.total(), day, version.number(),
                HousingJson.write(score.items()));
        if (form.panelOn != null) {
            a.panel(form.panelOn);
        }
        em.persist(a);
        em.flush();
        if (form.presentationId != null) {
            presentations.linkA1(form.presentationId, a.id());
        }
        return view(a);
    }

    private String roleWords() {
        return access.isOfficer() ? "Housing officer" : "Early help case worker";
    }

    /** An A1 the caller may see: any for the council's staff; for a provider, one sent to it (404 otherwise). */
    public A1Referral visible(UUID id) {
        if (access.isProviderOnly()) {
            // decided before the A1 is loaded, so a refused look records no read of it
            Long sent = em.createQuery("select count(o) from Offer o, Provider p where o.a1Id = :a and o.providerId = p.id"
                    + " and p.organisation = :org", Long.class).setParameter("a", id).setParameter("org", access.organisation())
                    .getSingleResult();
            if (sent == 0) {
                throw new RecordNotFoundException("No A1 " + id);
            }
        }
        return find(id);
    }

    A1Referral find(UUID id) {
        A1Referral a = id == null ? null : em.find(A1Referral.class, id);
        if (a == null) {
            throw new RecordNotFoundException("No A1 " + id);
        }
        return a;
    }

    public A1View get(UUID id) {
        return view(visible(id));
    }

    /** The Waiting List Manager sends the A1 to providers (002 §8a2); places unsuitable for a child are refused. */
    public A1View send(UUID id, OffersForm form) {
        new FieldChecks().require(form.version != null, "version", "Send the version of the A1 you read")
                .require(form.providerIds != null && !form.providerIds.isEmpty(), "providerIds", "Choose at least one provider")
                .check();
        A1Referral a = find(id);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(a, form.version);
        if (a.status() != A1Referral.Status.WAITING) {
            throw new ActionRefusedException("This A1 is no longer waiting: " + a.status().inWords().toLowerCase());
        }
        Person person = people.of(a.personId()).orElse(null);
        OffsetDateTime now = today.now();
        for (UUID providerId : form.providerIds.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())) {
            Provider p = providers.find(providerId);
            placements.check(p, person, today.date(), "providerIds");
            boolean already = !em.createQuery("select o from Offer o where o.a1Id = :a and o.providerId = :p", Offer.class)
                    .setParameter("a", a.id()).setParameter("p", providerId).getResultList().isEmpty();
            if (!already) {
                em.persist(new Offer(a.id(), providerId, a.route().emergency(), now, access.name()));
            }
        }
        em.flush();
        return view(a);
    }

    /**
     * A provider's answer. Accepting takes a place free and the young person: the A1 and the provider are locked, so of
     * two accepting at once one wins and the other is told. Emergency referrals cannot be declined (002 §8a2).
     */
    public OfferView answer(UUID offerId, OfferAnswerForm form) {
        FieldChecks f = new FieldChecks();
        f.require(form.version != null, "version", "Send the version of the offer you read");
        String answer = form.answer;
        f.require("ACCEPT".equals(answer) || "DECLINE".equals(answer), "answer", "Answer ACCEPT or DECLINE");
        if ("DECLINE".equals(answer)) {
            f.text(form.reason, "reason", 2000, "Say why you decline");
        }
        f.check();
        Offer o = em.find(Offer.class, offerId);
        Provider provider = o == null ? null : em.find(Provider.class, o.providerId());
        if (o == null || provider == null || !provider.organisation().equals(access.organisation())) {
            throw new RecordNotFoundException("No offer " + offerId);
        }
        if (o.version() != form.version) {
            throw new StaleRecordException("offer", offerId.toString(), form.version, o.version());
        }
        if (o.answer() != Offer.Answer.WAITING) {
            throw new ActionRefusedException("This offer was already answered: " + o.answer().inWords().toLowerCase());
        }
        OffsetDateTime now = today.now();
        if ("DECLINE".equals(answer)) {
            if (o.emergency()) {
                throw new ActionRefusedException("Emergency referrals cannot be declined", "Providers must accept emergency"
                        + " referrals (002 §8a2). If you have no bed free, tell the Waiting List Manager now: the young person is"
                        + " referred to MASH.");
            }
            o.answer(Offer.Answer.DECLINED, access.name(), form.reason.strip(), now);
            em.flush();
            return offerView(o, provider.name());
        }
        A1Referral a = em.find(A1Referral.class, o.a1Id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(provider, LockModeType.PESSIMISTIC_WRITE);
        if (a.status() != A1Referral.Status.WAITING) {
            throw new ActionRefusedException("Another provider was first", "This young person has already "
                    + (a.status() == A1Referral.Status.PLACED || a.status() == A1Referral.Status.MOVED_IN
                            ? "been placed with another provider" : "left the waiting list (" + a.status().inWords().toLowerCase() + ")")
                    + ": your place stays free.");
        }
        if (provider.vacancies() < 1) {
            throw new ActionRefusedException("No place free", provider.name() + " has no place free on the portal: record the"
                    + " place that has come free, then accept.");
        }
        placements.check(provider, people.of(a.personId()).orElse(null), today.date(), "answer");
        provider.takePlace();
        a.placed(provider.id(), now);
        o.answer(Offer.Answer.ACCEPTED, access.name(), form.reason == null || form.reason.isBlank() ? null : form.reason.strip(), now);
        em.createQuery("select x from Offer x where x.a1Id = :a and x.id <> :o and x.answer = :w", Offer.class)
                .setParameter("a", a.id()).setParameter("o", o.id()).setParameter("w", Offer.Answer.WAITING).getResultList()
                .forEach(x -> x.answer(Offer.Answer.CLOSED, access.name(), "Placed with another provider", now));
        em.flush();
        return offerView(o, provider.name());
    }

    /** Move-in (the provider or the council), a breakdown, or withdrawal from the list. */
    public A1View step(UUID id, A1StepForm form) {
        FieldChecks f = new FieldChecks();
        f.require(form.version != null, "version", "Send the version of the A1 you read");
        f.require(form.step != null && Set.of("MOVE_IN", "BREAKDOWN", "WITHDRAW").contains(form.step), "step",
                "Choose the step: MOVE_IN, BREAKDOWN or WITHDRAW");
        if ("MOVE_IN".equals(form.step)) {
            f.text(form.keyworker, "keyworker", 200, "Enter the keyworker's name: they become lead professional");
        } else if (form.step != null) {
            f.text(form.reason, "reason", 2000, "Say why");
        }
        f.check();
        A1Referral a = visible(id);
        if (access.isProviderOnly()) {
            Provider placedWith = a.providerId() == null ? null : em.find(Provider.class, a.providerId());
            if (placedWith == null || !placedWith.organisation().equals(access.organisation()) || "WITHDRAW".equals(form.step)) {
                throw new ActionRefusedException("Only the provider the young person is placed with records the move-in or a"
                        + " breakdown, and only the council withdraws an A1.");
            }
        }
        checkVersion(a, form.version);
        OffsetDateTime now = today.now();
        switch (form.step) {
            case "MOVE_IN" -> {
                if (a.status() != A1Referral.Status.PLACED) {
                    throw new ActionRefusedException("Only an A1 with a place accepted moves in; this one is "
                            + a.status().inWords().toLowerCase());
                }
                a.movedIn(form.keyworker.strip(), now);
                presentations.movedIn(a.presentationId(), providers.nameOf(a.providerId()), now);
            }
            case "BREAKDOWN" -> {
                if (a.status() != A1Referral.Status.PLACED && a.status() != A1Referral.Status.MOVED_IN) {
                    throw new ActionRefusedException("Only a placement breaks down; this A1 is " + a.status().inWords().toLowerCase());
                }
                a.ended(A1Referral.Status.BROKEN_DOWN, form.reason.strip(), now);
                Provider p = em.find(Provider.class, a.providerId(), LockModeType.PESSIMISTIC_WRITE);
                p.vacancies(p.vacancies() + 1);
            }
            default -> {
                if (a.status() != A1Referral.Status.WAITING) {
                    throw new ActionRefusedException("Only an A1 on the waiting list is withdrawn; this one is "
                            + a.status().inWords().toLowerCase());
                }
                a.ended(A1Referral.Status.WITHDRAWN, form.reason.strip(), now);
                offers(a.id()).stream().filter(o -> o.answer() == Offer.Answer.WAITING)
                        .forEach(o -> o.answer(Offer.Answer.CLOSED, access.name(), "The A1 was withdrawn", now));
            }
        }
        em.flush();
        return view(a);
    }

    /** The waiting list: highest score first, then the longest wait. */
    public List<WaitingView> waitingList() {
        List<A1Referral> waiting = new ArrayList<>(em.createQuery("select a from A1Referral a where a.status = :s", A1Referral.class)
                .setParameter("s", A1Referral.Status.WAITING).getResultList());
        List<Ranked> ranked = new ArrayList<>(waiting.stream().map(Ranked::new).toList());
        ranked.sort(WaitingOrder.ORDER);
        OffsetDateTime now = today.now();
        List<WaitingView> list = new ArrayList<>();
        for (Ranked r : ranked) {
            A1Referral a = r.a1;
            Person p = people.of(a.personId()).orElse(null);
            list.add(new WaitingView(list.size() + 1, a.id(), a.personId(), p == null ? null : p.givenName() + " " + p.familyName(),
                    YoungPeople.age(p, today.date()), a.score(), a.route().inWords(), a.receivedAt(),
                    ChronoUnit.DAYS.between(a.receivedAt().atZoneSameInstant(Today.ENGLAND).toLocalDate(), today.date())));
        }
        return list;
    }

    private record Ranked(A1Referral a1) implements WaitingOrder.Waiting {
        @Override
        public int score() {
            return a1.score();
        }

        @Override
        public OffsetDateTime receivedAt() {
            return a1.receivedAt();
        }

        @Override
        public String id() {
            return a1.id().toString();
        }
    }

    /** The waiting list as a spreadsheet (core's export kit). */
    public byte[] waitingListXlsx() {
        return Spreadsheets.xlsx("Waiting list", List.of(
                new Spreadsheets.Column<WaitingView>("Position", WaitingView::position),
                new Spreadsheets.Column<WaitingView>("Young person", WaitingView::name),
                new Spreadsheets.Column<WaitingView>("Age", WaitingView::age),
                new Spreadsheets.Column<WaitingView>("Score", WaitingView::score),
                new Spreadsheets.Column<WaitingView>("Route", WaitingView::route),
                new Spreadsheets.Column<WaitingView>("A1 received", w -> w.receivedAt().atZoneSameInstant(Today.ENGLAND).toLocalDate()),
                new Spreadsheets.Column<WaitingView>("Days waiting", WaitingView::daysWaiting)), waitingList());
    }

    /** The offers sent to the caller's organisation, newest first: a provider sees these and no others. */
    public List<ProviderOfferView> offersForCaller() {
        List<Object[]> rows = em.createQuery("select o, p from Offer o, Provider p where o.providerId = p.id and p.organisation = :org"
                + " order by o.sentAt desc", Object[].class).setParameter("org", access.organisation()).getResultList();
        LocalDate day = today.date();
        List<ProviderOfferView> views = new ArrayList<>();
        for (Object[] row : rows) {
            Offer o = (Offer) row[0];
            Provider p = (Provider) row[1];
            A1Referral a = find(o.a1Id());
            Person person = people.of(a.personId()).orElse(null);
            views.add(new ProviderOfferView(offerView(o, p.name()), a.id(), a.version(),
                    person == null ? null : person.givenName() + " " + person.familyName(), YoungPeople.age(person, day),
                    a.route().inWords(), o.emergency(), a.score(), a.needs(), a.status().inWords()));
        }
        return views;
    }

    /** A young person's A1s, newest first (the family record's housing section). */
    public List<A1View> of(UUID personId) {
        return em.createQuery("select a from A1Referral a where a.personId = :p order by a.receivedAt desc", A1Referral.class)
                .setParameter("p", personId).getResultList().stream().map(this::view).toList();
    }

    private List<Offer> offers(UUID a1Id) {
        return em.createQuery("select o from Offer o where o.a1Id = :a order by o.sentAt, o.id", Offer.class).setParameter("a", a1Id)
                .getResultList();
    }

    private static void checkVersion(A1Referral a, long version) {
        if (a.version() != version) {
            throw new StaleRecordException("A1", a.id().toString(), version, a.version());
        }
    }

    A1View view(A1Referral a) {
        Person p = people.of(a.personId()).orElse(null);
        List<ScoreItemView> items = HousingJson.items(a.explanation()).stream().map(ScoreItemView::of).toList();
        List<Offer> offers = offers(a.id());
        if (access.isProviderOnly()) {
            Set<UUID> own = Set.copyOf(em.createQuery("select p.id from Provider p where p.organisation = :org", UUID.class)
                    .setParameter("org", access.organisation()).getResultList());
            offers = offers.stream().filter(o -> own.contains(o.providerId())).toList();
        }
        Map<UUID, String> names = new java.util.HashMap<>();
        List<OfferView> offerViews = offers.stream()
                .map(o -> offerView(o, names.computeIfAbsent(o.providerId(), providers::nameOf))).toList();
        return new A1View(a.id(), a.version(), a.personId(), p == null ? null : p.givenName() + " " + p.familyName(),
                YoungPeople.age(p, today.date()), a.route().name(), a.route().inWords(), a.route().completedBy(), a.completedBy(),
                a.completedByRole(), a.socialCareLead(), a.needs(), a.receivedAt(), a.score(), a.scoredOn(), a.schemeNumber(), items,
                a.status().name(), a.status().inWords(), providers.nameOf(a.providerId()), a.placedAt(), a.movedInAt(), a.keyworker(),
                a.endedBecause(), a.followsId(), a.panelOn(), nextStep(a), offerViews);
    }

    private static String nextStep(A1Referral a) {
        return switch (a.status()) {
            case WAITING -> a.route().emergency()
                    ? "Send the A1 to suitable providers: they must accept an emergency referral; with no emergency bed, refer to MASH"
                    : "Waiting for a place: the provider tells the young person when one is free";
            case PLACED -> "Record the move-in: the RAW's work closes and the provider's keyworker becomes lead professional";
            case MOVED_IN -> "Living in supported accommodation; the keyworker is lead professional";
            case BROKEN_DOWN -> "A new A1 and a supported accommodation panel discussion are needed";
            case WITHDRAWN -> "Withdrawn from the waiting list";
        };
    }

    static OfferView offerView(Offer o, String provider) {
        return new OfferView(o.id(), o.version(), o.a1Id(), provider, o.emergency(), o.sentAt(), o.answer().name(),
                o.answer().inWords(), o.answeredAt(), o.answeredBy(), o.reason());
    }
}
