package org.nottspartners.portal.attendance.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.letters.LetterTemplate;
import org.nottspartners.portal.core.letters.LetterTemplates;
import org.nottspartners.portal.core.letters.PdfLetters;
import org.nottspartners.portal.core.person.AddressBook;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantDirectory;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;

/**
 * Writes the attendance service's letters to a parent from the council's wording (core's {@link LetterTemplates}) as
 * PDF ({@link PdfLetters}), addressed to the parent at their current address and signed by the officer, and keeps each
 * as sent. The values every letter has (the council, the names, the school, attendance this school year) are filled
 * here; a step adds its own (an amount, a date).
 */
@ApplicationScoped
@Transactional
public class AttendanceLetters {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonRecordAccess people;

    @Inject
    AddressBook addresses;

    @Inject
    TenantDirectory tenants;

    @Inject
    LetterTemplates templates;

    @Inject
    PupilAttendance pupils;

    @Inject
    CurrentUser user;

    @Inject
    Today today;

    /** What a letter is about: the child, the parent it goes to, and the record it belongs to (a case or a notice). */
    public record About(UUID childId, UUID parentId, String type, UUID id, String reference) {
    }

    /** Writes and keeps a letter of this kind, dated today; {@code values} are the step's own (amounts, dates). */
    public AttendanceLetter write(AttendanceLetterKind kind, About about, Map<String, String> values) {
        String council = TenantScope.current().orElseThrow();
        String councilName = tenants.nameOf(council).orElse(council);
        LocalDate on = today.date();
        Person child = people.open(about.childId()).orElseThrow(() -> new PersonNotFoundException(about.childId()));
        Person parent = people.open(about.parentId()).orElseThrow(() -> new PersonNotFoundException(about.parentId()));
        Map<String, String> all = new HashMap<>();
        for (String placeholder : AttendanceLetterKind.PLACEHOLDERS) {
            all.put(placeholder, "");
        }
        all.put("council", councilName);
        all.put("reference", about.reference());
        all.put("parentName", parent.givenName() + " " + parent.familyName());
        all.put("childName", child.givenName() + " " + child.familyName());
        all.put("schoolName", pupils.schoolOf(child.id()).orElse("your child's school"));
        if (child.upn() != null) {
            all.put("attendancePercent", String.valueOf(pupils.rates(child.id(), PupilAttendance.schoolYearStart(on), on).attendancePercent()));
        }
        all.put("officerName", user.displayName());
        all.putAll(values);
        LetterTemplate letter = templates.template(kind.definition()).fill(all);
        String addressee = all.get("parentName");
        List<String> addressLines = addresses.currentLines(parent.id());
        byte[] pdf = PdfLetters.render(councilName, List.of("Education enforcement", user.displayName()), DateText.inWords(on),
                addressee, addressLines, letter);
        AttendanceLetter stored = new AttendanceLetter(child.id(), parent.id(), about.type(), about.id(), kind, on, addressee,
                about.reference() + "-" + kind.definition().file() + ".pdf", pdf);
        em.persist(stored);
        em.flush();
        return stored;
    }

    /** The letters about a child, oldest first, for whoever may open the child's record. */
    public List<AttendanceLetter> of(UUID childId) {
        people.open(childId).orElseThrow(() -> new PersonNotFoundException(childId));
        return em.createQuery("select l from AttendanceLetter l where l.childId = :c order by l.dated, l.createdAt",
                AttendanceLetter.class).setParameter("c", childId).getResultList();
    }

    /** A letter, for whoever may open its child's record. */
    public AttendanceLetter find(UUID letterId) {
        AttendanceLetter l = letterId == null ? null : em.find(AttendanceLetter.class, letterId);
        if (l == null || people.open(l.childId()).isEmpty()) {
            throw new RecordNotFoundException("There is no such letter in this council.");
        }
        return l;
    }

    /** The council's wording of each of the service's letters. */
    public List<LetterTemplates.Wording> wordings() {
        return templates.all(AttendanceLetterKind.ALL);
    }

    /** The council's own wording of a kind of letter, from the version read (null the first time). */
    public LetterTemplates.Wording saveWording(AttendanceLetterKind kind, String text, Long version) {
        return templates.save(kind.definition(), text, version);
    }

    /** Back to the shipped wording. */
    public LetterTemplates.Wording resetWording(AttendanceLetterKind kind) {
        return templates.reset(kind.definition());
    }
}
