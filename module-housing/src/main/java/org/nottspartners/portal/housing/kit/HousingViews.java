package org.nottspartners.portal.housing.kit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.housing.rules.ScoringScheme;

/** The 16/17 housing API's forms (what callers send) and views (what they get back). */
public final class HousingViews {

    private HousingViews() {
    }

    /** The version of a record the caller read, for the optimistic lock. */
    public static class VersionForm {
        public Long version;
    }

    /** A young person presenting as homeless. */
    public static class PresentationForm {
        public UUID personId;
        public String reason;
        public String circumstances;
        /** When they presented: now when left out; earlier today when logged afterwards. */
        public OffsetDateTime presentedAt;
    }

    /** A step of the emergency process: which one and what it records. */
    public static class EmergencyStepForm {
        public Long version;
        /** ALLOCATE, CONTACT, HOMELESS, MEDIATION, SECTION_20, ACCOMMODATED, BED, BED_CONTACT or CLOSE. */
        public String step;
        public String worker;
        public OffsetDateTime at;
        public Boolean faceToFace;
        public Boolean yes;
        public String notes;
        public UUID providerId;
    }

    /** An hour clock of an emergency, as the page and the dashboard show it. */
    public record ClockView(String standard, String name, OffsetDateTime startedAt, OffsetDateTime dueAt, OffsetDateTime stoppedAt,
            String status, boolean metInTime) {
    }

    public record BedContactView(OffsetDateTime at, String by, String notes) {
    }

    /** A presentation and where its emergency process is. */
    public record PresentationView(UUID id, long version, UUID personId, String name, Integer age, String reason,
            String circumstances, OffsetDateTime presentedAt, String loggedBy, String rawWorker, OffsetDateTime rawAllocatedAt,
            OffsetDateTime contactedAt, Boolean faceToFace, Boolean actuallyHomeless, String homelessReasons, String mediation,
            Boolean wishesSection20, OffsetDateTime mashReferredAt, OffsetDateTime accommodatedAt, boolean lookedAfter,
            String lookedAfterInWords, String bed, OffsetDateTime bedFrom, UUID a1Id, OffsetDateTime closedAt, String outcome,
            List<ClockView> clocks, List<BedContactView> contacts) {
    }

    /** A provider of accommodation. */
    public static class ProviderForm {
        public Long version;
        public String name;
        public String organisation;
        public String kind;
        public Integer vacancies;
    }

    public record ProviderView(UUID id, long version, String name, String organisation, String kind, String kindInWords,
            int vacancies) {
    }

    /** An A1 referral and assessment. */
    public static class A1Form {
        public UUID personId;
        public String route;
        public UUID presentationId;
        /** After a placement broke down: the A1 it follows, and the day of the supported accommodation panel. */
        public UUID followsId;
        public LocalDate panelOn;
        public Boolean socialCareLead;
        public String needs;
        /** Question code to answer code, under the scheme in force today. */
        public Map<String, String> answers;
    }

    /** Sending an A1 to providers. */
    public static class OffersForm {
        public Long version;
        public List<UUID> providerIds;
    }

    /** A provider's answer: ACCEPT or DECLINE (with the reason). */
    public static class OfferAnswerForm {
        public Long version;
        public String answer;
        public String reason;
    }

    /** Moving in (with the keyworker), or a placement breaking down or withdrawn (with the reason). */
    public static class A1StepForm {
        public Long version;
        /** MOVE_IN, BREAKDOWN or WITHDRAW. */
        public String step;
        public String keyworker;
        public String reason;
    }

    public record ScoreItemView(String question, String answer, int points, int weight, int total, String inWords) {
        public static ScoreItemView of(ScoringScheme.Item i) {
            return new ScoreItemView(i.question(), i.answer(), i.points(), i.weight(), i.total(), i.inWords());
        }
    }

    public record OfferView(UUID id, long version, UUID a1Id, String provider, boolean emergency, OffsetDateTime sentAt,
            String answer, String answerInWords, OffsetDateTime answeredAt, String answeredBy, String reason) {
    }

    /** An A1 with its score explained item by item and its offers. */
    public record A1View(UUID id, long version, UUID personId, String name, Integer age, String route, String routeInWords,
            String completedByOnThisRoute, String completedBy, String completedByRole, boolean socialCareLead, String needs,
            OffsetDateTime receivedAt, int score, LocalDate scoredOn, int schemeNumber, List<ScoreItemView> scoreItems,
            String status, String statusInWords, String provider, OffsetDateTime placedAt, OffsetDateTime movedInAt,
            String keyworker, String endedBecause, UUID followsId, LocalDate panelOn, String nextStep, List<OfferView> offers) {
    }

    /** One line of the waiting list. */
    public record WaitingView(int position, UUID a1Id, UUID personId, String name, Integer age, int score, String route,
            OffsetDateTime receivedAt, long daysWaiting) {
    }

    /** An A1 as a provider it was sent to sees it. */
    public record ProviderOfferView(OfferView offer, UUID a1Id, long a1Version, String name, Integer age, String route,
            boolean emergency, int score, String needs, String status) {
    }

    /** A new version of the scoring scheme, edited from the version the administrator read. */
    public static class SchemeForm {
        public Integer basedOn;
        public LocalDate effectiveFrom;
        public List<ScoringScheme.Question> questions;
    }

    public record SchemeView(int number, LocalDate effectiveFrom, String savedBy, OffsetDateTime savedAt,
            List<ScoringScheme.Question> questions) {
    }

    /** A scheme saved, and what it did to the waiting list. */
    public record SchemeSaved(SchemeView scheme, int rescored, List<String> notRescored) {
    }
}
