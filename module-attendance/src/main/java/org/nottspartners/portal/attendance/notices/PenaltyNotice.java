package org.nottspartners.portal.attendance.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;
import org.nottspartners.portal.core.problem.ActionRefusedException;

/**
 * A penalty notice to one parent for one child's absence (RULES.md §4): requested, then issued with its amount, then
 * paid (at the reduced amount within its period) or withdrawn. Withdrawn notices do not count towards the next.
 */
@Entity
@Table(name = "att_penalty_notice")
public class PenaltyNotice extends TenantOwnedRecord {

    /** Where a notice is. */
    public enum Status {
        REQUESTED, ISSUED, PAID, WITHDRAWN,
        /** Unpaid after the payment period; the council decided to prosecute the original offence. */
        PROSECUTED,
        /** Unpaid after the payment period; the council decided not to prosecute, for the reason recorded. */
        NOT_PROSECUTED
    }

    /** The council's decision on an unpaid notice (RULES.md §4): which offence is prosecuted, or none. */
    public enum Prosecution {
        S444_1("section 444(1) of the Education Act 1996 (a fine of up to £1,000)"),
        S444_1A("section 444(1A) of the Education Act 1996 (a fine of up to £2,500, up to 3 months' imprisonment, or both)"),
        NONE("no prosecution");

        private final String words;

        Prosecution(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "parent_id", nullable = false, updatable = false)
    private UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "requested_on", nullable = false, updatable = false)
    private LocalDate requestedOn;

    @Column(name = "window_from", nullable = false, updatable = false)
    private LocalDate windowFrom;

    @Column(name = "window_to", nullable = false, updatable = false)
    private LocalDate windowTo;

    @Column(name = "sessions", nullable = false, updatable = false)
    private int sessions;

    @Column(name = "pounds", nullable = false, updatable = false)
    private int pounds;

    @Column(name = "reduced_pounds", updatable = false)
    private Integer reducedPounds;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_pounds")
    private Integer paidPounds;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_reason", length = 500)
    private String withdrawnReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "prosecution", length = 20)
    private Prosecution prosecution;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected PenaltyNotice() {
        // for JPA
    }

    PenaltyNotice(UUID childId, UUID parentId, LocalDate requestedOn, LocalDate windowFrom, LocalDate windowTo, int sessions,
            int pounds, Integer reducedPounds) {
        this.id = UUID.randomUUID();
        this.childId = childId;
        this.parentId = parentId;
        this.status = Status.REQUESTED;
        this.requestedOn = requestedOn;
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.sessions = sessions;
        this.pounds = pounds;
        this.reducedPounds = reducedPounds;
    }

    void issue(LocalDate on) {
        require(Status.REQUESTED, "Only a requested notice is issued");
        this.issuedOn = on;
        this.status = Status.ISSUED;
    }

    /** Paid on a day: the reduced amount within the reduction period, else the full amount. */
    void pay(LocalDate on, int reducedWithinDays) {
        require(Status.ISSUED, "Only an issued notice is paid");
        this.paidOn = on;
        this.paidPounds = reducedPounds != null && !on.isAfter(issuedOn.plusDays(reducedWithinDays)) ? reducedPounds : pounds;
        this.status = Status.PAID;
    }

    void withdraw(LocalDate on, String reason) {
        if (status == Status.PAID || status == Status.WITHDRAWN) {
            throw new ActionRefusedException("A " + status.name().toLowerCase(java.util.Locale.UK) + " notice cannot be withdrawn");
        }
        this.withdrawnOn = on;
        this.withdrawnReason = reason;
        this.status = Status.WITHDRAWN;
    }

    /**
     * The prosecution decision on a notice still unpaid once its payment period ({@code payableDays} from issue) has
     * passed; prosecution only where the code of conduct was followed (002 §2a13).
     */
    void decide(LocalDate on, int payableDays, Prosecution decision, String reason, boolean codeOfConductFollowed) {
        require(Status.ISSUED, "Only an issued, unpaid notice reaches the prosecution decision");
        LocalDate due = issuedOn.plusDays(payableDays);
        if (!on.isAfter(due)) {
            throw new ActionRefusedException("The notice may still be paid until " + org.nottspartners.portal.core.time.DateText.inWords(due)
                    + ": the prosecution decision comes after that");
        }
        if (decision != Prosecution.NONE && !codeOfConductFollowed) {
            throw new ActionRefusedException("The council prosecutes an unpaid notice only where its code of conduct was followed"
                    + " (002 §2a13): record no prosecution, with the reason");
        }
        this.prosecution = decision;
        this.decidedOn = on;
        this.decisionReason = reason;
        this.status = decision == Prosecution.NONE ? Status.NOT_PROSECUTED : Status.PROSECUTED;
    }

    private void require(Status expected, String otherwise) {
        if (status != expected) {
            throw new ActionRefusedException(otherwise + " (this one is " + status.name().toLowerCase(java.util.Locale.UK) + ")");
        }
    }

    public UUID id() { return id; }
    public UUID childId() { return childId; }
    public UUID parentId() { return parentId; }
    public Status status() { return status; }
    public LocalDate requestedOn() { return requestedOn; }
    public LocalDate windowFrom() { return windowFrom; }
    public LocalDate windowTo() { return windowTo; }
    public int sessions() { return sessions; }
    public int pounds() { return pounds; }
    public Integer reducedPounds() { return reducedPounds; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate paidOn() { return paidOn; }
    public Integer paidPounds() { return paidPounds; }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public String withdrawnReason() { return withdrawnReason; }
    public Prosecution prosecution() { return prosecution; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decisionReason() { return decisionReason; }

    @Override
    public String recordType() {
        return "penalty-notice";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
