package org.nottspartners.portal.housing.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.core.problem.FieldChecks;
import org.nottspartners.portal.housing.kit.HousingJson;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeForm;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeSaved;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeView;
import org.nottspartners.portal.housing.rules.SchemeChanges;
import org.nottspartners.portal.housing.rules.ScoringScheme;
import org.nottspartners.portal.housing.rules.WaitingOrder;

/**
 * The versions of the council's A1 scoring scheme (RULES.md §6: tenant configuration). A version is never changed:
 * an edit saves the next version from a date, and only A1s scored on or after that date are scored again under it.
 * An edit made from a version that is no longer the newest is refused with what changed since.
 */
@ApplicationScoped
@Transactional
public class Schemes {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Today today;

    /** Every version, newest first. */
    public List<SchemeView> versions() {
        return em.createQuery("select s from SchemeVersion s order by s.number desc", SchemeVersion.class).getResultList().stream()
                .map(Schemes::view).toList();
    }

    /** The newest version saved (perhaps in force only from a later date). */
    public Optional<SchemeVersion> newest() {
        return em.createQuery("select s from SchemeVersion s order by s.number desc", SchemeVersion.class).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The version in force on a day: the newest saved of those in force from that day or before. */
    public SchemeVersion inForceOn(LocalDate day) {
        return em.createQuery("select s from SchemeVersion s where s.effectiveFrom <= :d order by s.effectiveFrom desc, s.number desc",
                SchemeVersion.class).setParameter("d", day).setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> new ActionRefusedException("No scoring scheme", "The council has no A1 scoring scheme in force on "
                        + day + ": an administrator or the Waiting List Manager sets one up first."));
    }

    public static ScoringScheme scheme(SchemeVersion v) {
        return new ScoringScheme(HousingJson.questions(v.questions()));
    }

    /**
     * Saves the next version, then scores again every A1 on the waiting list scored on or after its date.
     *
     * @throws ActionRefusedException when the version edited is not the newest: with what changed since, in words
     */
    public SchemeSaved save(SchemeForm form) {
        FieldChecks f = new FieldChecks();
        f.require(form.basedOn != null, "basedOn", "Send the number of the version you edited");
        f.require(form.effectiveFrom != null, "effectiveFrom", "Enter the date the new version is in force from");
        f.require(form.effectiveFrom == null || !form.effectiveFrom.isBefore(today.date().minusYears(1)), "effectiveFrom",
                "The date may be at most a year ago");
        ScoringScheme scheme = new ScoringScheme(form.questions);
        f.add(scheme.problems());
        f.check();
        // one save at a time: the newest version is locked, then read again (another save may have committed meanwhile)
        newest().ifPresent(n -> em.lock(n, LockModeType.PESSIMISTIC_WRITE));
        em.clear();
        Optional<SchemeVersion> newest = newest();
        int current = newest.map(SchemeVersion::number).orElse(0);
        if (newest.isPresent() && form.effectiveFrom.isBefore(newest.get().effectiveFrom()) && current == form.basedOn) {
            throw new InvalidInputException("effectiveFrom", "A new version is in force from the newest version's date ("
                    + newest.get().effectiveFrom() + ") or later, so the version in force on a day is always the newest saved");
        }
        if (current != form.basedOn) {
            SchemeVersion now = newest.orElseThrow();
            SchemeVersion read = em.createQuery("select s from SchemeVersion s where s.number = :n", SchemeVersion.class)
                    .setParameter("n", form.basedOn).getResultList().stream().findFirst().orElse(null);
            List<String> changes = read == null ? List.of() : SchemeChanges.between(scheme(read), scheme(now));
            throw new ActionRefusedException("The scheme was changed", "Version " + now.number() + " was saved by "
                    + now.createdBy() + " at " + now.createdAt().toLocalDateTime().withNano(0) + " after you opened version "
                    + form.basedOn + (changes.isEmpty() ? "." : ". What changed: " + String.join("; ", changes) + ".")
                    + " Open the newest version and make your changes again.");
        }
        SchemeVersion saved = new SchemeVersion(current + 1, form.effectiveFrom, HousingJson.write(scheme.questions()));
        em.persist(saved);
        em.flush();
        AuditTrail.record(AuditAction.CONFIGURE, SchemeVersion.RECORD_TYPE, saved.id().toString(),
                "A1 scoring scheme version " + saved.number() + " from " + saved.effectiveFrom());
        List<String> notRescored = new ArrayList<>();
        int rescored = rescore(saved, scheme, notRescored);
        return new SchemeSaved(view(saved), rescored, notRescored);
    }

    private int rescore(SchemeVersion saved, ScoringScheme scheme, List<String> notRescored) {
        List<A1Referral> waiting = em.createQuery("select a from A1Referral a where a.status = :s and a.scoredOn >= :d",
                A1Referral.class).setParameter("s", A1Referral.Status.WAITING).setParameter("d", saved.effectiveFrom()).getResultList();
        int rescored = 0;
        for (A1Referral a : waiting) {
            if (!WaitingOrder.rescoredBy(saved.effectiveFrom(), a.scoredOn())) {
                continue;
            }
            Map<String, String> answers = HousingJson.answers(a.answers());
            try {
                ScoringScheme.Score score = scheme.score(answers);
                a.scored(a.answers(), score.total(), a.scoredOn(), saved.number(), HousingJson.write(score.items()));
                rescored++;
            } catch (InvalidInputException e) {
                notRescored.add("A1 " + a.id() + " keeps its score of " + a.score() + " (version " + a.schemeNumber()
                        + "): its answers do not fit the new version (" + e.errors().get(0).message() + ")");
            }
        }
        em.flush();
        return rescored;
    }

    public static SchemeView view(SchemeVersion v) {
        return new SchemeView(v.number(), v.effectiveFrom(), v.createdBy(), v.createdAt(), HousingJson.questions(v.questions()));
    }
}
