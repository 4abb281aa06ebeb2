package org.nottspartners.portal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.consent.ConsentStatus;
import org.nottspartners.portal.core.consent.LawfulBasis;
import org.nottspartners.portal.core.family.RelationshipType;
import org.nottspartners.portal.core.person.AddressBook;
import org.nottspartners.portal.core.person.PostalAddress;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * What users send to record families, relationships, consent and sharing decisions. Classes with
 * constrained fields rather than records (see {@link PersonForm}).
 */
public final class FamilyRecordForms {

    private FamilyRecordForms() {
    }

    /** A new family around its index child. */
    public static class FamilyForm {
        @NotBlank(message = "Give the family a name, such as the household's surname")
        @Size(max = 200, message = "The family's name must be 200 characters or fewer")
        public String name;

        @NotNull(message = "Choose the index child")
        public UUID indexChildId;
    }

    /** A person joining a family. */
    public static class MemberForm {
        @NotNull(message = "Choose the person to add")
        public UUID personId;
    }

    /** "This person is the MOTHER of that person". */
    public static class RelationshipForm {
        @NotNull(message = "Choose how they are related")
        public RelationshipType type;

        @NotNull(message = "Choose the person they are related to")
        public UUID relatedPersonId;

        public boolean parentalResponsibility;

        public boolean hasCare;
    }

    /** A consent given, declined or withdrawn. */
    public static class ConsentForm {
        @NotNull(message = "Say whether consent was given, declined or withdrawn")
        public ConsentStatus status;

        @NotBlank(message = "Say who gave, declined or withdrew consent")
        @Size(max = 200, message = "Who gave consent must be 200 characters or fewer")
        public String givenBy;

        @NotBlank(message = "Say what the consent is for")
        @Size(max = 300, message = "The purpose must be 300 characters or fewer")
        public String purpose;

        @NotNull(message = "Enter the date of the decision")
        @PastOrPresent(message = "The date of the decision cannot be in the future")
        public LocalDate decidedOn;

        public String evidence;
    }

    /** A decision to share information, or not. */
    public static class SharingForm {
        @NotNull(message = "Say whether the information is to be shared")
        public Boolean share;

        @NotBlank(message = "Say who the information would be shared with")
        @Size(max = 300, message = "Who it is shared with must be 300 characters or fewer")
        public String withWhom;

        @NotBlank(message = "Say what the sharing is for")
        public String purpose;

        public LawfulBasis lawfulBasis;

        public String reasons;

        @NotNull(message = "Enter the date of the decision")
        @PastOrPresent(message = "The date of the decision cannot be in the future")
        public LocalDate decidedOn;
    }

    /** A case note as the user writes it; which parts are needed depends on its type (002 §9). */
    public static class CaseNoteForm {
        @NotNull(message = "Choose the type of note")
        public org.nottspartners.portal.core.casenote.CaseNoteType type;

        @NotNull(message = "Enter the date of the event")
        public LocalDate eventDate;

        /** Whether harm or risk was identified: the note is then due by the end of the next working day. */
        public boolean riskIdentified;

        public String summary;
        public String who;
        public String aim;
        public String method;
        public String outcome;
        public String actions;
        public String callerNumber;
        public String callerName;
        public String callerRole;
        public String callPurpose;

        /** The version read, when editing. */
        public Long version;

        public org.nottspartners.portal.core.casenote.CaseNoteContent content() {
            return new org.nottspartners.portal.core.casenote.CaseNoteContent(summary, who, aim, method, outcome, actions,
                    callerNumber, callerName, callerRole, callPurpose);
        }
    }

    /** The duplicate record to merge into the one addressed, and why they are the same person. */
    public static class MergeForm {
        public java.util.UUID duplicateId;

        @NotBlank(message = "Say why these are the same person")
        @Size(max = 2000, message = "Keep the reason to 2000 characters or fewer")
        public String reason;
    }

    /**
     * An address as typed, with the day they moved in: what every move sends. Checked by the core, every
     * problem of the form at once.
     */
    public abstract static class AddressFields {
        public String line1;
        public String line2;
        public String town;
        public String postcode;
        /** The Unique Property Reference Number, when known: up to 12 digits. */
        public String uprn;
        /** The day they moved in. */
        public LocalDate from;

        /** The address, refused with every problem of the form at once. */
        public PostalAddress check() {
            List<Problem.FieldError> errors = new ArrayList<>();
            PostalAddress address = PostalAddress.read(line1, line2, town, postcode, uprn, errors);
            if (from == null) {
                errors.add(new Problem.FieldError("from", "Enter the date they moved in, like 2026-03-14"));
            }
            problems(errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return address;
        }

        /** The checks of the rest of the form. */
        abstract void problems(List<Problem.FieldError> errors);
    }

    /** One person's move to a new address, with the version of their record read. */
    public static class MoveForm extends AddressFields {
        /** The version of the person's record read. */
        public Long version;

        @Override
        void problems(List<Problem.FieldError> errors) {
            if (version == null) {
                errors.add(new Problem.FieldError("version",
                        "Send the version of the person's record you read, so that nobody's change is lost"));
            }
        }
    }

    /** Members of a family who moved together to one address on one day, each with the version of their record read. */
    public static class HouseholdMoveForm extends AddressFields {
        public List<Mover> members;

        @Override
        void problems(List<Problem.FieldError> errors) {
            if (members == null || members.isEmpty()) {
                errors.add(new Problem.FieldError("members", "Choose who moved"));
            } else if (members.stream().anyMatch(m -> m == null || m.personId == null || m.version == null)) {
                errors.add(new Problem.FieldError("members",
                        "Give each person who moved by their id, with the version of their record you read"));
            }
        }

        List<AddressBook.Mover> movers() {
            return members.stream().map(m -> new AddressBook.Mover(m.personId, m.version)).toList();
        }
    }

    /** One of the people who moved, and the version of their record read. */
    public static class Mover {
        public UUID personId;
        public Long version;
    }
}
