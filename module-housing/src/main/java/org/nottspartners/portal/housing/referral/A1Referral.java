package org.nottspartners.portal.housing.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * An A1 referral and assessment (RULES.md §6; 002 §8): a young person's need of supported accommodation, its route,
 * the answers scored under the council's scheme with the explanation kept, and where it led: the waiting list, an
 * offer accepted, a move-in (the provider's keyworker becomes lead professional), or a breakdown (which needs a new A1
 * and a panel).
 */
@Entity
@Table(name = "hsg_a1")
public class A1Referral extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "housing-a1";

    /** Where an A1 is. */
    public enum Status {
        WAITING("On the waiting list"), PLACED("A place accepted"), MOVED_IN("Moved in"), BROKEN_DOWN("Placement broke down"),
        WITHDRAWN("Withdrawn");

        private final String inWords;

        Status(String inWords) {
            this.inWords = inWords;
        }

        public String inWords() {
            return inWords;
        }
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", nullable = false, updatable = false, length = 30)
    private A1Route route;

    @Column(name = "presentation_id", updatable = false)
    private String presentationId;

    /** The A1 this one follows after a placement broke down. */
    @Column(name = "follows_id", updatable = false)
    private String followsId;

    @Column(name = "completed_by", nullable = false, length = 200)
    private String completedBy;

    @Column(name = "completed_by_role", nullable = false, length = 200)
    private String completedByRole;

    @Column(name = "social_care_lead", nullable = false)
    private boolean socialCareLead;

    @Column(name = "needs", length = 4000)
    private String needs;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    /** The answers, question code to answer code, as JSON. */
    @Column(name = "answers", nullable = false, length = 4000)
    private String answers;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "scored_on", nullable = false)
    private LocalDate scoredOn;

    @Column(name = "scheme_number", nullable = false)
    private int schemeNumber;

    /** The score item by item, as JSON, as the scheme in force explained it. */
    @Column(name = "explanation", nullable = false, length = 8000)
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "placed_at")
    private OffsetDateTime placedAt;

    @Column(name = "moved_in_at")
    private OffsetDateTime movedInAt;

    /** The provider's keyworker, lead professional from the move-in. */
    @Column(name = "keyworker", length = 200)
    private String keyworker;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "ended_because", length = 2000)
    private String endedBecause;

    /** When a breakdown's new A1 was discussed at the supported accommodation panel. */
    @Column(name = "panel_on")
    private LocalDate panelOn;

    protected A1Referral() {
    }

    A1Referral(UUID personId, A1Route route, UUID presentationId, UUID followsId, String completedBy, String completedByRole,
            boolean socialCareLead, String needs, OffsetDateTime receivedAt) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.route = route;
        this.presentationId = presentationId == null ? null : presentationId.toString();
        this.followsId = followsId == null ? null : followsId.toString();
        this.completedBy = completedBy;
        this.completedByRole = completedByRole;
        this.socialCareLead = socialCareLead;
        this.needs = needs;
        this.receivedAt = receivedAt;
        this.status = Status.WAITING;
    }

    void scored(String answers, int score, LocalDate on, int schemeNumber, String explanation) {
        this.answers = answers;
        this.score = score;
        this.scoredOn = on;
        this.schemeNumber = schemeNumber;
        this.explanation = explanation;
    }

    void placed(UUID providerId, OffsetDateTime at) {
        this.status = Status.PLACED;
        this.providerId = providerId == null ? null : providerId.toString();
        this.placedAt = at;
    }

    void movedIn(String keyworker, OffsetDateTime at) {
        this.status = Status.MOVED_IN;
        this.keyworker = keyworker;
        this.movedInAt = at;
    }

    void ended(Status status, String because, OffsetDateTime at) {
        this.status = status;
        this.endedBecause = because;
        this.endedAt = at;
    }

    void panel(LocalDate on) {
        this.panelOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    void personId(UUID personId) {
        this.personId = personId;
    }

    public A1Route route() {
        return route;
    }

    public UUID presentationId() {
        return presentationId == null ? null : UUID.fromString(presentationId);
    }

    public UUID followsId() {
        return followsId == null ? null : UUID.fromString(followsId);
    }

    public String completedBy() {
        return completedBy;
    }

    public String completedByRole() {
        return completedByRole;
    }

    public boolean socialCareLead() {
        return socialCareLead;
    }

    public String needs() {
        return needs;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public String answers() {
        return answers;
    }

    public int score() {
        return score;
    }

    public LocalDate scoredOn() {
        return scoredOn;
    }

    public int schemeNumber() {
        return schemeNumber;
    }

    public String explanation() {
        return explanation;
    }

    public Status status() {
        return status;
    }

    public UUID providerId() {
        return providerId == null ? null : UUID.fromString(providerId);
    }

    public OffsetDateTime placedAt() {
        return placedAt;
    }

    public OffsetDateTime movedInAt() {
        return movedInAt;
    }

    public String keyworker() {
        return keyworker;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public String endedBecause() {
        return endedBecause;
    }

    public LocalDate panelOn() {
        return panelOn;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
