package org.nottspartners.portal.core.casenote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;

/** The case notes of the current council's people. */
@ApplicationScoped
@Transactional
public class CaseNoteBook {

    @Inject
    org.nottspartners.portal.core.time.Today time;


    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonDirectory people;

    @Inject
    CouncilCalendars calendars;

    @Inject
    CurrentUser caller;

    /** Records a note; a note recorded after its deadline is flagged as late. */
    public CaseNote record(UUID personId, CaseNoteType type, LocalDate eventDate, boolean riskIdentified,
            CaseNoteContent content) {
        return write(personId, type, eventDate, riskIdentified, content, null);
    }

    /** Adds a visible amendment to a note (the only change possible once the edit window has closed). */
    public CaseNote amend(UUID personId, UUID noteId, CaseNoteContent content) {
        CaseNote original = find(personId, noteId);
        return write(personId, original.type(), original.eventDate(), original.riskIdentified(), content, noteId);
    }

    /** Edits a note: only its author, only within 24 hours of recording it, only from the version read. */
    public CaseNote edit(UUID personId, UUID noteId, long expectedVersion, CaseNoteContent content) {
        CaseNote note = find(personId, noteId);
        if (!caller.userId().equals(note.createdBy())) {
            throw new CaseNoteLockedException("Only the author can edit a note; add an amendment instead.");
        }
        if (!CaseNoteRules.canStillEdit(note.createdAt(), time.now())) {
            throw new CaseNoteLockedException("This note was recorded more than 24 hours ago, so it cannot be edited;"
                    + " add an amendment instead.");
        }
        if (note.version() != expectedVersion) {
            throw new StaleRecordException("case note", noteId.toString(), expectedVersion, note.version());
        }
        check(note.type(), content);
        note.write(content);
        em.flush();
        return note;
    }

    /** The person's notes, newest event first; amendments sit beside the notes they amend. */
    public List<CaseNote> notesOf(UUID personId) {
        requirePerson(personId);
        return em.createQuery("select n from CaseNote n where n.personId = :p order by n.eventDate desc, n.createdAt desc",
                CaseNote.class).setParameter("p", personId).getResultList();
    }

    /** A note records recent work; an older date is a typing slip (0001-01-01), and no calendar reaches it. */
    static final int OLDEST_EVENT_YEARS = 5;

    private CaseNote write(UUID personId, CaseNoteType type, LocalDate eventDate, boolean riskIdentified,
            CaseNoteContent content, UUID amends) {
        requirePerson(personId);
        check(type, content);
        LocalDate today = time.dateIn(calendars.forCouncil(tenant()).zone());
        if (eventDate.isAfter(today)) {
            throw new InvalidInputException("eventDate", "The date of the event cannot be in the future");
        }
        if (eventDate.isBefore(today.minusYears(OLDEST_EVENT_YEARS))) {
            throw new InvalidInputException("eventDate", "Check the date of the event: it is more than "
                    + OLDEST_EVENT_YEARS + " years ago");
        }
        boolean late = CaseNoteRules.isLate(eventDate, today, riskIdentified, calendars.forCouncil(tenant()));
        CaseNote note = new CaseNote(personId, type, eventDate, caller.displayName(), riskIdentified, late, amends, content);
        em.persist(note);
        em.flush();
        return note;
    }

    private CaseNote find(UUID personId, UUID noteId) {
        CaseNote note = em.find(CaseNote.class, noteId);
        if (note == null || !note.personId().equals(personId)) {
            throw new RecordNotFoundException("There is no such case note for this person in this council.");
        }
        return note;
    }

    private static void check(CaseNoteType type, CaseNoteContent content) {
        var missing = CaseNoteRules.missingParts(type, content);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.stream().map(m -> new Problem.FieldError(m.getKey(), m.getValue())).toList());
        }
    }

    private void requirePerson(UUID id) {
        if (people.find(id).isEmpty()) {
            throw new PersonNotFoundException(id);
        }
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow();
    }
}
