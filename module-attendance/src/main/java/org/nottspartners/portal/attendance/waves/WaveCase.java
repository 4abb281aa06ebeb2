package org.nottspartners.portal.attendance.waves;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.attendance.waves.WaveRules.Outcome;
import org.nottspartners.portal.attendance.waves.WaveRules.Status;
import org.nottspartners.portal.attendance.waves.WaveRules.Wave;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A pupil's case in the waves of attendance support: triaged, accepted, assigned for a cycle, closed. */
@Entity
@Table(name = "att_wave_case")
public class WaveCase extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "phase", nullable = false, length = 20, updatable = false)
    private String phase;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "triaged_on", nullable = false, updatable = false)
    private LocalDate triagedOn;

    @Column(name = "attendance_at_triage", nullable = false, updatable = false)
    private double attendanceAtTriage;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "wave", length = 20)
    private Wave wave;

    @Column(name = "assigned_on")
    private LocalDate assignedOn;

    @Column(name = "cycle_ends")
    private LocalDate cycleEnds;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Column(name = "attendance_in_cycle")
    private Double attendanceInCycle;

    protected WaveCase() {
        // for JPA
    }

    WaveCase(UUID childId, String phase, LocalDate on, double attendance) {
        this.id = UUID.randomUUID();
        this.childId = childId;
        this.phase = phase;
        this.status = Status.TRIAGED;
        this.triagedOn = on;
        this.attendanceAtTriage = attendance;
    }

    void decide(boolean accepted, LocalDate on, String reason) {
        this.status = accepted ? Status.ACCEPTED : Status.NOT_ACCEPTED;
        this.decidedOn = on;
        this.decisionReason = reason;
    }

    void assign(Wave wave, LocalDate on, LocalDate cycleEnds) {
        this.status = Status.ASSIGNED;
        this.wave = wave;
        this.assignedOn = on;
        this.cycleEnds = cycleEnds;
    }

    void close(LocalDate on, Outcome outcome, Double attendanceInCycle) {
        this.status = Status.CLOSED;
        this.closedOn = on;
        this.outcome = outcome;
        this.attendanceInCycle = attendanceInCycle;
    }

    public UUID id() { return id; }
    public UUID childId() { return childId; }
    public String phase() { return phase; }
    public Status status() { return status; }
    public LocalDate triagedOn() { return triagedOn; }
    public double attendanceAtTriage() { return attendanceAtTriage; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decisionReason() { return decisionReason; }
    public Wave wave() { return wave; }
    public LocalDate assignedOn() { return assignedOn; }
    public LocalDate cycleEnds() { return cycleEnds; }
    public LocalDate closedOn() { return closedOn; }
    public Outcome outcome() { return outcome; }
    public Double attendanceInCycle() { return attendanceInCycle; }

    @Override
    public String recordType() {
        return "attendance-wave-case";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
