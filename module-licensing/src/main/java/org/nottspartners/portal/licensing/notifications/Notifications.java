package org.nottspartners.portal.licensing.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.time.Today;

/**
 * Notifications of unlicensed work (002 §14d): anyone signed in, staff or a member of the public, tells the council; the
 * reporter sees nothing more of it (it may concern another family). The licensing officers see them all, open ones
 * first, and record each follow-up step with what was done; a closed notification takes no more steps.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    public UnlicensedWork report(String child, String work) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String c = text(child, "child", "who the child is (a name, an age, a school: what you know)", 500, errors);
        String w = text(work, "work", "what the child is doing, where and when", 2000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UnlicensedWork n = new UnlicensedWork(caller.displayName(), caller.roles().isMemberOfPublic(), c, w, today.now());
        em.persist(n);
        em.flush();
        return n;
    }

    /** Every notification, the open first, the oldest first. */
    public List<UnlicensedWork> all() {
        return em.createQuery("select n from UnlicensedWork n order by case when n.lastStep = :closed then 1 else 0 end,"
                + " n.reportedAt", UnlicensedWork.class).setParameter("closed", UnlicensedWork.Step.CLOSED).setMaxResults(500)
                .getResultList();
    }

    public UnlicensedWork find(UUID id) {
        UnlicensedWork n = id == null ? null : em.find(UnlicensedWork.class, id);
        if (n == null) {
            throw new RecordNotFoundException("There is no such notification in this council.");
        }
        return n;
    }

    public List<FollowUp> followUps(UUID id) {
        return em.createQuery("select f from FollowUp f where f.notificationId = :id order by f.doneAt", FollowUp.class)
                .setParameter("id", id).getResultList();
    }

    /** The officer records a step of the follow-up and what was done. */
    public UnlicensedWork followUp(UUID id, Long version, UnlicensedWork.Step step, String note) {
        UnlicensedWork n = find(id);
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the notification you read");
        }
        if (n.version() != version) {
            throw new StaleRecordException("unlicensed-work", id.toString(), version, n.version());
        }
        if (!n.isOpen()) {
            throw new ActionRefusedException("Closed", "This notification is closed.");
        }
        if (step == null) {
            throw new InvalidInputException("step", "Choose the step: INFORMATION_REQUESTED, HELPED_TO_APPLY, INSPECTED,"
                    + " REFERRED_TO_MASH, LEGAL_ACTION or CLOSED");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String what = text(note, "note", "what was done", 2000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.persist(new FollowUp(id, step, what, today.now(), caller.displayName()));
        n.step(step);
        em.flush();
        return n;
    }

    private static String text(String value, String field, String what, int most, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "Enter " + what));
            return null;
        }
        if (value.strip().length() > most) {
            errors.add(new Problem.FieldError(field, "Enter " + what + " in " + most + " characters or fewer"));
            return null;
        }
        return value.strip();
    }
}
