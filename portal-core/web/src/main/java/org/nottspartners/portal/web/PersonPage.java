package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.core.audit.AuditEvent;
import org.nottspartners.portal.core.audit.AuditLog;
import org.nottspartners.portal.core.casenote.CaseNote;
import org.nottspartners.portal.core.casenote.CaseNoteBook;
import org.nottspartners.portal.core.consent.Consent;
import org.nottspartners.portal.core.consent.ConsentRegister;
import org.nottspartners.portal.core.family.Family;
import org.nottspartners.portal.core.family.FamilyDirectory;
import org.nottspartners.portal.core.family.HouseholdAddresses;
import org.nottspartners.portal.core.family.Relationship;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.access.FamilyRecordAccess;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.merge.PersonMerges;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.person.Address;
import org.nottspartners.portal.core.person.AddressBook;
import org.nottspartners.portal.core.person.PostalAddress;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonMatcher;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/**
 * The family record page: a person's details, their addresses (with a form to record a move), their families
 * and relationships, consent and case notes (with forms to add them), possible duplicates to merge, who has looked
 * at the record (for managers), and a section from each module the council has switched on. Every look is audited
 * by the core.
 *
 * <p>Why one class of about 500 lines (the relationship form's fields are their own class, RelativeFields): one page whose sections each read a part of the record and, for four of
 * them, take one form; the forms' fields and checks live in their own classes ({@link MoveFields},
 * {@link NoteFields}, {@link ConsentFields}) and every change runs through core's services and {@code PageActions},
 * so what is left here is one short getter or action per section.
 */
@Named("personPage")
@RequestScoped
public class PersonPage {


    @Inject
    PersonDirectory people;

    @Inject
    FamilyDirectory families;

    @Inject
    ConsentRegister consents;

    @Inject
    CaseNoteBook notes;

    @Inject
    PersonMerges merges;

    @Inject
    AuditLog audit;

    @Inject
    AddressBook addresses;

    @Inject
    HouseholdAddresses households;

    @Inject
    CurrentUser caller;

    @Inject
    TenantDirectory tenants;

    private String id;
    private Person person;
    private String duplicateId;
    private String mergeReason;
    private final MoveFields move = new MoveFields();
    private Long moveVersion;
    private List<Address> history;
    private final Map<UUID, Optional<Person>> others = new LinkedHashMap<>();

    private boolean loaded;

    /**
     * Loads the person once per request. On a form's postback the view parameter is applied only after the
     * forms are decoded, so the id then comes from the form's own hidden {@code personId} field.
     */
    private void ensureLoaded() {
        if (!loaded) {
            if (id == null) {
                id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("personId");
            }
            load();
        }
    }

    @Inject
    PersonRecordAccess access;

    public void load() {
        loaded = true;
        try {
            person = access.open(UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            person = null;
        }
        if (person == null && !FacesContext.getCurrentInstance().isPostback()) {
            // no such person here, or one this partner may not open: the same answer, so as not to disclose the record
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Merges the chosen duplicate into this record. */
    public String merge() {
        ensureLoaded();
        if (!isMayMerge()) {
            error("Your roles in this council do not allow merging records.");
            return null;
        }
        duplicateId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("duplicateId");
        try {
            UUID duplicate = duplicateId == null || duplicateId.isBlank() ? null : UUID.fromString(duplicateId);
            if (duplicate == null) {
                throw new InvalidInputException("duplicateId", "Choose the duplicate record to merge into this one");
            }
            merges.merge(person.id(), duplicate, mergeReason);
            return "/people/person?faces-redirect=true&merged=1&id=" + person.id();
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> error(err.message()));
        } catch (ActionRefusedException e) {
            error(e.getMessage());
        } catch (IllegalArgumentException e) {
            error("Choose the duplicate record to merge into this one");
        }
        return null;
    }

    /** Records a move to the address typed, from the version of the record the page showed. */
    private final NoteFields note = new NoteFields();

    public NoteFields getNote() {
        return note;
    }

    private final ConsentFields consent = new ConsentFields();

    public ConsentFields getConsent() {
        return consent;
    }

    /** Adds a case note from the page, with the checks the API makes (issue 14: work from the family page). */
    public String recordNote() {
        return recordDetail("noted", "note", () -> notes.record(person.id(), note.getType(), note.checkedDate(),
                note.isRiskIdentified(), note.content()));
    }

    /** Records consent from the page, with the checks the API makes. */
    public String recordConsent() {
        return recordDetail("consented", "consent", () -> consents.record(person.id(), consent.getStatus(), consent.getGivenBy(),
                consent.getPurpose(), consent.decidedOnDate(), consent.getEvidence()));
    }

    private final RelativeFields relative = new RelativeFields();

    public RelativeFields getRelative() {
        return relative;
    }

    /**
     * Finds people by name for the relationship and family form (search before choosing): the council's records the
     * user may open, other than this person; the page shows them to choose from.
     */
    public String findRelatives() {
        ensureLoaded();
        if (person == null || !isMayReadDetails()) {
            return null;
        }
        String name = relative.getName() == null ? "" : relative.getName().strip();
        if (name.length() < 2) {
            PageActions.fieldError("relative:name", "Type at least two letters of the other person's name");
            return null;
        }
        relative.setFound(List.of());
        if (getRelativeFound().isEmpty()) {
            PageActions.fieldError("relative:name", "Nobody of that name is recorded in this council: add them from Find a person");
        }
        return null;
    }

    /**
     * The people found by the name typed on the relationship form. Searched again on the form's postback, from the name
     * as sent (the page decides what to decode before the name reaches this bean), so the choice and its buttons are
     * there to act on.
     */
    public List<Person> getRelativeFound() {
        ensureLoaded();
        if (person == null || !isMayReadDetails()) {
            return List.of();
        }
        if (relative.getFound().isEmpty()) {
            String name = relative.getName() != null ? relative.getName()
                    : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("relative:name");
            if (name != null && name.strip().length() >= 2) {
                relative.setFound(people.search(name.strip(), 0, 10).stream().filter(p -> !p.id().equals(person.id()))
                        .filter(p -> access.open(p.id()).isPresent()).toList());
            }
        }
        return relative.getFound();
    }

    /** The person chosen on the form: a plain radio button, so the choice stands whatever the search found this time. */
    private void readChosen() {
        relative.setOtherId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("relative-other"));
    }

    /** Records how this person is related to the one chosen, with the checks the API makes. */
    public String recordRelationship() {
        readChosen();
        return recordDetail("related", "relative", () -> {
            List<org.nottspartners.portal.core.problem.Problem.FieldError> errors = new java.util.ArrayList<>();
            if (relative.getOtherId() == null || relative.getOtherId().isBlank()) {
                errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("otherId",
                        "Find the other person by name, then choose them"));
            }
            if (relative.getType() == null) {
                errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("type", "Choose how they are related"));
            }
            if (!errors.isEmpty()) {
                throw new org.nottspartners.portal.core.problem.InvalidInputException(errors);
            }
            // "they are this person's mother": the person chosen is the one who is the relation
            families.relate(relative.chosen(), relative.getType(), person.id(), relative.isParentalResponsibility(),
                    relative.isHasCare());
        });
    }

    /** Adds the person chosen to one of this person's families, with the checks the API makes. */
    public String addToFamily() {
        readChosen();
        return recordDetail("joined", "relative", () -> {
            List<Family> mine = families.familiesOf(person.id());
            Family family = mine.stream().filter(f -> f.id().toString().equals(relative.getFamilyId())).findFirst()
                    .orElse(mine.size() == 1 ? mine.get(0) : null);
            if (family == null) {
                throw new org.nottspartners.portal.core.problem.InvalidInputException("familyId", mine.isEmpty()
                        ? "This person is not in a family yet: a family starts with its index child's referral or record"
                        : "Choose the family to add them to");
            }
            families.addMember(family.id(), relative.chosen());
        });
    }

    /** Runs a change to the person's details (council staff only), back to the page with {@code done=1} when it is made. */
    private String recordDetail(String done, String form, Runnable change) {
        ensureLoaded();
        if (person == null) {
            return null;
        }
        if (!isMayReadDetails()) {
            error("Your roles in this council do not allow recording this.");
            return null;
        }
        PageActions.Outcome outcome = PageActions.run(change, "this person's record", form);
        return outcome == PageActions.Outcome.DONE ? "/people/person?faces-redirect=true&" + done + "=1&id=" + person.id() : null;
    }

    public String recordMove() {
        ensureLoaded();
        if (person == null) {
            return null;
        }
        if (!isMayChange()) {
            error("Your roles in this council do not allow changing this record.");
            return null;
        }
        long version = moveVersion == null ? -1 : moveVersion;
        PageActions.Outcome outcome = PageActions.run(() -> addresses.recordMove(person.id(), version, move.address(), move.fromDate()),
                "this person's record", "move");
        if (outcome == PageActions.Outcome.DONE) {
            return "/people/person?faces-redirect=true&moved=1&id=" + person.id();
        }
        if (outcome == PageActions.Outcome.STALE) {
            load(); // the record as it is now; what the user typed stays on the form
            moveVersion = null;
            history = null;
        }
        return null;
    }

    private java.util.Optional<Address> current;

    /**
     * Where the person lived before as well as now, the newest first: for council staff only (DETAILS), as the
     * API; a partner who may open the record sees the current address alone (RULES.md §2, least privilege).
     */
    public List<Address> getAddresses() {
        ensureLoaded();
        if (person == null || !isMayReadDetails()) {
            return List.of();
        }
        if (history == null) {
            history = addresses.history(person.id());
        }
        return history;
    }

    /** Where the person lives now, or null when it is not known. */
    public Address getCurrentAddress() {
        if (isMayReadDetails()) {
            return getAddresses().stream().filter(Address::isCurrent).findFirst().orElse(null);
        }
        ensureLoaded();
        if (person == null) {
            return null;
        }
        if (current == null) {
            current = addresses.current(person.id());
        }
        return current.orElse(null);
    }

    public MoveFields getMove() {
        return move;
    }

    /** The version of the record the move form was shown with (the record's own, until the form is sent). */
    public Long getMoveVersion() {
        ensureLoaded();
        return moveVersion != null || person == null ? moveVersion : Long.valueOf(person.version());
    }

    public void setMoveVersion(Long moveVersion) {
        this.moveVersion = moveVersion;
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public Person getPerson() {
        ensureLoaded();
        return person;
    }

    /** The person this tombstone was merged into, if it is one. */
    public Person getMergedInto() {
        ensureLoaded();
        return person == null ? null : person.mergedInto().flatMap(this::other).orElse(null);
    }

    public List<FamilyView> getFamilies() {
        ensureLoaded();
        if (person == null || !isMayReadDetails()) {
            return List.of();
        }
        return families.familiesOf(person.id()).stream().map(f -> {
            List<Person> members = new ArrayList<>();
            other(f.indexChildId()).ifPresent(members::add);
            families.members(f.id()).stream().filter(m -> !m.equals(f.indexChildId()))
                    .forEach(m -> other(m).ifPresent(members::add));
            return new FamilyView(f, members, households.sharedAddress(f.id()).orElse(null));
        }).toList();
    }

    /**
     * A family and its people, the index child first, and the address they share (null when none is known or
     * they live apart).
     */
    public record FamilyView(Family family, List<Person> members, PostalAddress sharedAddress) {
    }

    public List<RelationshipView> getRelationships() {
        ensureLoaded();
        if (person == null || !isMayReadDetails()) {
            return List.of();
        }
        return families.relationshipsOf(person.id()).stream().map(r -> {
            boolean fromHere = r.personId().equals(person.id());
            Person otherPerson = other(fromHere ? r.relatedPersonId() : r.personId()).orElse(null);
            String words = fromHere
                    ? "is the " + label(r) + " of"
                    : "has as " + article(label(r)) + " " + label(r);
            return new RelationshipView(r, otherPerson, words);
        }).toList();
    }

    private static String label(Relationship r) {
        return r.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** A relationship in words, from this person's side. */
    public record RelationshipView(Relationship relationship, Person other, String words) {
    }

    public List<Consent> getConsents() {
        ensureLoaded();
        return person == null || !isMayReadDetails() ? List.of() : consents.history(person.id());
    }

    public List<CaseNote> getNotes() {
        ensureLoaded();
        return person == null || !isMayReadDetails() ? List.of() : notes.notesOf(person.id());
    }

    /** Other live records that may be this same person, for merging. */
    public List<PersonDirectory.PersonMatch> getDuplicates() {
        ensureLoaded();
        if (person == null || person.isTombstone()) {
            return List.of();
        }
        var criteria = PersonMatcher.Criteria.of(person.givenName() + " " + person.familyName(),
                person.dateOfBirth() == null ? null : person.dateOfBirth().toString(), person.postcode(), null, null);
        return people.findMatches(criteria, 6).stream().filter(m -> !m.person().id().equals(person.id())).limit(5).toList();
    }

    public boolean isMayMerge() {
        return FamilyRecordAccess.MERGE.allows(roles());
    }

    /** Families, relationships, consents and notes: council staff only (RULES.md §2), as through the API. */
    public boolean isMayReadDetails() {
        return FamilyRecordAccess.DETAILS.allows(roles());
    }

    public boolean isMayChange() {
        return FamilyRecordAccess.CHANGE.allows(roles());
    }

    public boolean isMaySeeAudit() {
        return PortalRole.anyHas(roles(), PortalRole.Grant.READ_AUDIT);
    }

    public List<AuditEvent> getAudit() {
        ensureLoaded();
        return person == null || !isMaySeeAudit() ? List.of() : audit.forRecord(Person.RECORD_TYPE, person.id().toString(), 20);
    }

    /** Each switched-on module's sections the user's roles may see. */
    public List<SectionView> getSections() {
        ensureLoaded();
        if (person == null || person.isTombstone()) {
            return List.of();
        }
        String tenant = TenantScope.current().orElseThrow();
        Set<PortalRole> mine = roles();
        return tenants.enabledModules(tenant).stream()
                .flatMap(m -> m.familyRecordSections().stream()
                        .filter(s -> s.shownTo().stream().anyMatch(mine::contains))
                        .map(s -> new SectionView(m.id(), s.title(), s.fragment())))
                .toList();
    }

    /** A module's section: its heading and the fragment that renders it (given {@code personId}). */
    public record SectionView(String moduleId, String title, String fragment) {
    }

    private Set<PortalRole> roles() {
        return caller.roles().rolesIn(TenantScope.current().orElse(""));
    }

    private Optional<Person> other(UUID otherId) {
        if (person != null && Objects.equals(otherId, person.id())) {
            return Optional.of(person);
        }
        return others.computeIfAbsent(otherId, k -> people.find(k));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMergeReason() {
        return mergeReason;
    }

    public void setMergeReason(String mergeReason) {
        this.mergeReason = mergeReason;
    }
}
