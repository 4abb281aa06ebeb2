package org.nottspartners.portal.licensing.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.staff.StaffDirectory;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.licensing.applications.Application;

/**
 * The school's view and the unannounced inspections of an application (RULES.md §5; 002 §14a). The officer asks a
 * school user of the council (one the staff directory holds with the school role); that user alone sees the request,
 * with only what a school needs (the child, the production or job, the days), and answers it. Inspections are the
 * officer's record.
 */
@ApplicationScoped
@Transactional
public class Consultations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    StaffDirectory staff;

    @Inject
    TenantContext tenant;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.licensing.applications.Applications applications;

    /** The officer asks a school user for the school's view of a sent application (read and checked in this transaction). */
    public SchoolView askSchool(UUID applicationId, String schoolUser) {
        Application a = applications.visible(applicationId);
        if (a.status() != Application.Status.SUBMITTED) {
            throw new ActionRefusedException("Already decided", "The school's view is asked before the decision.");
        }
        if (schoolUser == null || schoolUser.isBlank()) {
            throw new InvalidInputException("schoolUser", "Choose the member of the school's staff to ask");
        }
        var member = staff.require(tenant.tenantId(), PortalRole.SCHOOL_STAFF, schoolUser.strip(), "schoolUser");
        SchoolView view = new SchoolView(a.id(), member.userName(), member.name(), today.now());
        em.persist(view);
        em.flush();
        return view;
    }

    public List<SchoolView> schoolViewsOf(UUID applicationId) {
        return em.createQuery("select v from SchoolView v where v.applicationId = :id order by v.requestedAt", SchoolView.class)
                .setParameter("id", applicationId).getResultList();
    }

    /** The requests asked of the signed-in school user, those not yet answered first. */
    public List<SchoolView> askedOfMe() {
        return em.createQuery("select v from SchoolView v where v.schoolUser = :me order by v.answeredAt nulls first, v.requestedAt",
                SchoolView.class).setParameter("me", caller.userName()).setMaxResults(200).getResultList();
    }

    /** A request asked of the signed-in school user (only of them: anyone else's is 404). */
    public SchoolView askedOfMe(UUID requestId) {
        SchoolView v = requestId == null ? null : em.find(SchoolView.class, requestId);
        if (v == null || !v.schoolUser().equals(caller.userName())) {
            throw new RecordNotFoundException("There is no such request for the school's view.");
        }
        return v;
    }

    /** The school user's answer to a request asked of them (only of them: anyone else's is 404). */
    public SchoolView answer(UUID requestId, Long version, String words) {
        SchoolView v = requestId == null ? null : em.find(SchoolView.class, requestId);
        if (v == null || !v.schoolUser().equals(caller.userName())) {
            throw new RecordNotFoundException("There is no such request for the school's view.");
        }
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the request you read");
        }
        if (v.version() != version) {
            throw new StaleRecordException("licence-school-view", v.id().toString(), version, v.version());
        }
        if (v.answeredAt() != null) {
            throw new ActionRefusedException("Already answered", "The school's view was given on "
                    + DateText.inWords(v.answeredAt().toLocalDate()) + ".");
        }
        String text = words == null ? "" : words.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("answer", "Give the school's view: whether the child's education would suffer, and why");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("answer", "The school's view must be 4000 characters or fewer");
        }
        v.answer(text, today.now());
        em.flush();
        return v;
    }

    /** An unannounced inspection the officer records (the application read in this transaction). */
    public Inspection inspected(UUID applicationId, String onDate, String place, String findings, Boolean satisfactory) {
        Application a = applications.visible(applicationId);
        List<org.nottspartners.portal.core.problem.Problem.FieldError> errors = new java.util.ArrayList<>();
        var date = DateText.read(onDate, "the day of the inspection", "2027-03-06");
        date.problem().ifPresent(p -> errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("on", p)));
        LocalDate on = date.date().orElse(null);
        if (onDate == null || onDate.isBlank()) {
            errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("on", "Enter the day of the inspection"));
        } else if (on != null && on.isAfter(today.date())) {
            errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("on", "An inspection is recorded once it has happened"));
        }
        if (place == null || place.isBlank() || place.length() > 500) {
            errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("place", "Enter where the inspection was, in up to 500 characters"));
        }
        if (findings == null || findings.isBlank() || findings.length() > 4000) {
            errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("findings", "Enter what was found, in up to 4000 characters"));
        }
        if (satisfactory == null) {
            errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("satisfactory", "Say whether what was found was satisfactory"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Inspection i = new Inspection(a.id(), on, place.strip(), findings.strip(), satisfactory);
        em.persist(i);
        em.flush();
        return i;
    }

    public List<Inspection> inspectionsOf(UUID applicationId) {
        return em.createQuery("select i from Inspection i where i.applicationId = :id order by i.on", Inspection.class)
                .setParameter("id", applicationId).getResultList();
    }
}
