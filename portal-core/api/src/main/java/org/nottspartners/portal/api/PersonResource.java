package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.access.AllowedTo;
import org.nottspartners.portal.core.access.FamilyRecordAccess;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.casenote.CaseNote;
import org.nottspartners.portal.core.casenote.CaseNoteBook;
import org.nottspartners.portal.core.consent.Consent;
import org.nottspartners.portal.core.consent.ConsentRegister;
import org.nottspartners.portal.core.family.FamilyDirectory;
import org.nottspartners.portal.core.merge.PersonMerges;
import org.nottspartners.portal.core.family.Relationship;
import org.nottspartners.portal.core.person.AddressBook;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.export.CsvCells;
import org.nottspartners.portal.core.person.PartialDate;
import org.nottspartners.portal.core.person.PersonMatcher;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** The people of a council: found, read, recorded and corrected by its staff. */
@Path("{tenant}/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedTo(FamilyRecordAccess.DETAILS) // relationships, consents, sharing decisions and notes; others say below
public class PersonResource {

    @Inject
    org.nottspartners.portal.core.time.Today today;


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
    AddressBook addresses;

    @Inject
    PersonRecordAccess access;

    /** People whose name contains {@code q} (everyone when it is empty), a page at a time. */
    @GET
    @AllowedTo(FamilyRecordAccess.LIST)
    public List<PersonView> search(@QueryParam("q") String q, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("20") int max) {
        QueryChecks.atLeast("first", first, 0, "Start from 0 or more");
        QueryChecks.between("max", max, 1, 100, "Ask for between 1 and 100 people");
        return people.search(q, first, max).stream().map(PersonView::of).toList();
    }

    /**
     * Search before create: people who may be the one described, best first, each with its score and
     * the reasons (typos, nicknames, swapped names, postcode, partial date of birth, identifiers). A partner sees
     * the whole record only of people they may open; of anyone else, only the name, {@code bornIn} (month and
     * year) and the postcode's district (RULES.md §2).
     */
    @GET
    @Path("matches")
    @AllowedTo(FamilyRecordAccess.FIND)
    public List<PersonMatchView> matches(@QueryParam("name") String name, @QueryParam("dob") String dateOfBirth,
            @QueryParam("postcode") String postcode, @QueryParam("upn") String upn, @QueryParam("nhs") String nhsNumber,
            @QueryParam("max") @DefaultValue("10") int max) {
        QueryChecks.between("max", max, 1, 50, "Ask for between 1 and 50 people");
        if (dateOfBirth != null && !dateOfBirth.isBlank() && PartialDate.parse(dateOfBirth).isEmpty()) {
            throw new InvalidInputException("dob", "Give the date of birth as a date, like 2014-05-06 or 06/05/2014,"
                    + " or the part you know, like 2014-05 or 2014");
        }
        var criteria = PersonMatcher.Criteria.of(name, dateOfBirth, postcode, upn, nhsNumber);
        if (criteria.isEmpty()) {
            throw new InvalidInputException("name", "Enter a name, a UPN or an NHS number to search for");
        }
        return people.findMatches(criteria, max).stream()
                .map(m -> new PersonMatchView(access.mayOpen(m.person()) ? PersonView.of(m.person()) : PersonView.minimal(m.person()),
                        m.match().score(), m.match().reasons()))
                .toList();
    }

    /** A person the search offers, how strongly, and why. */
    public record PersonMatchView(PersonView person, int score, List<String> reasons) {
    }

    /** A person's record: council staff open anyone of their council; a partner only a person they are involved with (else 404). */
    @GET
    @Path("{id}")
    @AllowedTo(FamilyRecordAccess.OPEN)
    public PersonView read(@PathParam("id") UUID id) {
        return access.open(id).map(PersonView::of).orElseThrow(() -> new PersonNotFoundException(id));
    }

    @POST
    @AllowedTo(FamilyRecordAccess.RECORD)
    @APIResponseSchema(value = PersonView.class, responseCode = "201")
    public Response create(@Valid PersonForm form, @Context UriInfo uri) {
        QueryChecks.body(form, "Send the person's details");
        PersonView created = PersonView.of(people.create(form.check(today.date())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    /** Corrects a person's details; {@code version} must be the one read, or the answer is 409. */
    @PUT
    @Path("{id}")
    @AllowedTo(FamilyRecordAccess.CHANGE)
    public PersonView update(@PathParam("id") UUID id, @Valid PersonForm form) {
        QueryChecks.body(form, "Send the person's details");
        if (form.version() == null) {
            throw new InvalidInputException("version", "Send the version of the record you read, so that nobody's change is lost");
        }
        return PersonView.of(people.update(id, form.version(), form.check(today.date())));
    }

    /**
     * Where the person lives now and where they lived before, the newest first: council staff only (DETAILS), as
     * the page; a partner who may open the record sees the current postcode there (RULES.md §2, least privilege).
     */
    @GET
    @Path("{id}/addresses")
    @AllowedTo(FamilyRecordAccess.DETAILS)
    public List<AddressView> addresses(@PathParam("id") UUID id) {
        return addresses.history(id).stream().map(AddressView::of).toList();
    }

    /**
     * Records a move to a new address from the day given: the current address is closed the day before, and the
     * person's postcode (the key the search matches on) becomes the new one's. {@code version} must be the
     * person's version read, or the answer is 409; a move changes the person, so read them again for the next.
     */
    @POST
    @Path("{id}/addresses")
    @AllowedTo(FamilyRecordAccess.CHANGE)
    @APIResponseSchema(value = AddressView.class, responseCode = "201")
    public Response recordMove(@PathParam("id") UUID id, @Valid FamilyRecordForms.MoveForm form) {
        QueryChecks.body(form, "Send the new address and the date they moved in");
        var address = form.check();
        return Response.status(201).entity(AddressView.of(addresses.recordMove(id, form.version, address, form.from))).build();
    }

    /**
     * Merges another record of the same person into this one: everything that named the other now names
     * this person, and the other is kept as a tombstone pointing here. An administrator can undo it.
     */
    @POST
    @Path("{id}/merges")
    @AllowedTo(FamilyRecordAccess.MERGE)
    @APIResponseSchema(value = MergeView.class, responseCode = "201")
    public Response merge(@PathParam("id") UUID id, @Valid FamilyRecordForms.MergeForm form) {
        QueryChecks.body(form, "Send the record to merge into this one, and why");
        if (form.duplicateId == null) {
            throw new InvalidInputException("duplicateId", "Choose the duplicate record to merge into this one");
        }
        return Response.status(201).entity(MergeView.of(merges.merge(id, form.duplicateId, form.reason))).build();
    }

    /** The merges this person took part in, newest first. */
    @GET
    @Path("{id}/merges")
    @AllowedTo(FamilyRecordAccess.MERGE)
    public List<MergeView> merges(@PathParam("id") UUID id) {
        people.find(id).orElseThrow(() -> new PersonNotFoundException(id));
        return merges.involving(id).stream().map(MergeView::of).toList();
    }

    @GET
    @Path("{id}/relationships")
    public List<RelationshipView> relationships(@PathParam("id") UUID id) {
        people.find(id).orElseThrow(() -> new PersonNotFoundException(id));
        return families.relationshipsOf(id).stream().map(RelationshipView::of).toList();
    }

    /** Records how this person is related to another ("this person is the MOTHER of that one"). */
    @POST
    @Path("{id}/relationships")
    @APIResponseSchema(value = RelationshipView.class, responseCode = "201")
    public Response relate(@PathParam("id") UUID id, @Valid FamilyRecordForms.RelationshipForm form) {
        QueryChecks.body(form, "Send the relationship");
        return Response.status(201).entity(RelationshipView.of(
                families.relate(id, form.type, form.relatedPersonId, form.parentalResponsibility, form.hasCare))).build();
    }

    @GET
    @Path("{id}/consents")
    public List<ConsentView> consents(@PathParam("id") UUID id) {
        return consents.history(id).stream().map(ConsentView::of).toList();
    }

    /** Records consent given, declined or withdrawn; earlier records stay. */
    @POST
    @Path("{id}/consents")
    @APIResponseSchema(value = ConsentView.class, responseCode = "201")
    public Response recordConsent(@PathParam("id") UUID id, @Valid FamilyRecordForms.ConsentForm form) {
        QueryChecks.body(form, "Send the consent");
        return Response.status(201).entity(ConsentView.of(
                consents.record(id, form.status, form.givenBy, form.purpose, form.decidedOn, form.evidence))).build();
    }

    /**
     * Records a decision to share information about the person, or not: without consent for the purpose,
     * sharing needs a lawful basis and reasons; not sharing always needs reasons.
     */
    @POST
    @Path("{id}/sharing-decisions")
    @APIResponseSchema(value = SharingDecisionView.class, responseCode = "201")
    public Response decideSharing(@PathParam("id") UUID id, @Valid FamilyRecordForms.SharingForm form) {
        QueryChecks.body(form, "Send the decision");
        var d = consents.decide(id, form.share, form.withWhom, form.purpose, form.lawfulBasis, form.reasons, form.decidedOn);
        return Response.status(201).entity(new SharingDecisionView(d.id(), d.share(), d.withWhom(), d.consentGiven(),
                d.lawfulBasis() == null ? null : d.lawfulBasis().name(), d.reasons(), d.decidedOn())).build();
    }

    @GET
    @Path("{id}/notes")
    public List<CaseNoteView> notes(@PathParam("id") UUID id) {
        return notes.notesOf(id).stream().map(CaseNoteView::of).toList();
    }

    /** Records a case note; one recorded after its deadline (7 working days, or the next if at risk) is flagged late. */
    @POST
    @Path("{id}/notes")
    @APIResponseSchema(value = CaseNoteView.class, responseCode = "201")
    public Response recordNote(@PathParam("id") UUID id, @Valid FamilyRecordForms.CaseNoteForm form) {
        QueryChecks.body(form, "Send the note");
        return Response.status(201).entity(CaseNoteView.of(
                notes.record(id, form.type, form.eventDate, form.riskIdentified, form.content()))).build();
    }

    /** Edits a note: its author only, within 24 hours of recording, from the version read. */
    @PUT
    @Path("{id}/notes/{noteId}")
    public CaseNoteView editNote(@PathParam("id") UUID id, @PathParam("noteId") UUID noteId,
            @Valid FamilyRecordForms.CaseNoteForm form) {
        QueryChecks.body(form, "Send the note");
        if (form.version == null) {
            throw new InvalidInputException("version", "Send the version of the note you read, so that nobody's change is lost");
        }
        return CaseNoteView.of(notes.edit(id, noteId, form.version, form.content()));
    }

    /** Adds a visible amendment to a note. */
    @POST
    @Path("{id}/notes/{noteId}/amendments")
    @APIResponseSchema(value = CaseNoteView.class, responseCode = "201")
    public Response amendNote(@PathParam("id") UUID id, @PathParam("noteId") UUID noteId,
            @Valid FamilyRecordForms.CaseNoteForm form) {
        QueryChecks.body(form, "Send the amendment");
        return Response.status(201).entity(CaseNoteView.of(notes.amend(id, noteId, form.content()))).build();
    }

    /** A case note as the API shows it. */
    public record CaseNoteView(UUID id, String type, java.time.LocalDate eventDate, String author,
            java.time.OffsetDateTime recordedAt, boolean riskIdentified, boolean recordedLate, UUID amendsNoteId,
            org.nottspartners.portal.core.casenote.CaseNoteContent content, long version) {
        static CaseNoteView of(CaseNote n) {
            return new CaseNoteView(n.id(), n.type().name(), n.eventDate(), n.authorName(), n.createdAt(), n.riskIdentified(),
                    n.recordedLate(), n.amendsNoteId(), n.content(), n.version());
        }
    }

    /** A relationship as the API shows it. */
    public record RelationshipView(UUID id, UUID personId, String type, UUID relatedPersonId,
            boolean parentalResponsibility, boolean hasCare, boolean parentInEducationLaw) {
        static RelationshipView of(Relationship r) {
            return new RelationshipView(r.id(), r.personId(), r.type().name(), r.relatedPersonId(),
                    r.parentalResponsibility(), r.hasCare(), r.isParentInEducationLaw());
        }
    }

    /** A consent record as the API shows it. */
    public record ConsentView(UUID id, String status, String givenBy, String purpose, java.time.LocalDate decidedOn,
            String evidence) {
        static ConsentView of(Consent c) {
            return new ConsentView(c.id(), c.status().name(), c.givenBy(), c.purpose(), c.decidedOn(), c.evidence());
        }
    }

    /** A sharing decision as the API shows it. */
    public record SharingDecisionView(UUID id, boolean share, String withWhom, boolean consentGiven, String lawfulBasis,
            String reasons, java.time.LocalDate decidedOn) {
    }

    /** Everyone in the council as CSV; each person is audited as exported. */
    @GET
    @Path("export")
    @Produces(CsvCells.MEDIA_TYPE)
    @AllowedTo(FamilyRecordAccess.EXPORT)
    public Response export() {
        String csv = CsvCells.document(List.of("Record id", "Given name", "Family name", "Date of birth"),
                people.export().stream().map(PersonView::of)
                        .map(p -> java.util.Arrays.asList(p.id(), p.givenName(), p.familyName(), p.dateOfBirth())));
        return Response.ok(csv, CsvCells.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"people.csv\"").build();
    }

    /** A merge: who was kept, who became the tombstone, why, and whether it has been undone. */
    public record MergeView(UUID id, UUID keptId, UUID mergedId, String reason, String mergedBy,
            java.time.OffsetDateTime mergedAt, java.time.OffsetDateTime undoneAt, String undoneBy, String undoReason) {
        static MergeView of(org.nottspartners.portal.core.merge.PersonMerge m) {
            return new MergeView(m.id(), m.winnerId(), m.loserId(), m.reason(), m.createdBy(), m.createdAt(), m.undoneAt(),
                    m.undoneBy(), m.undoReason());
        }
    }
}
