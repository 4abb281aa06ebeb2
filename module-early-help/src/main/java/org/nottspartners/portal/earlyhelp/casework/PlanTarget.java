package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A SMART target of a Family Action Plan, linked to a family programme criterion where one is met (002 §3b4, §13b). */
@Entity
@Table(name = "eh_plan_target")
public class PlanTarget extends CaseRecord {

    public static final String RECORD_TYPE = "plan-target";


    @Column(name = "need", nullable = false)
    private String need;

    @Column(name = "target", nullable = false)
    private String target;

    @Column(name = "measure", nullable = false)
    private String measure;

    @Column(name = "owner", nullable = false, length = 200)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "criterion", length = 40)
    private ProgrammeCriterion criterion;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    /** The directory service the family is referred to for this target (issue 19), if any. */
    @jakarta.persistence.Embedded
    private org.nottspartners.portal.core.directory.ServiceReferral service;

    protected PlanTarget() {
        // for JPA
    }

    public PlanTarget(UUID caseId, String need, String target, String measure, String owner, LocalDate dueOn, ProgrammeCriterion criterion) {
        super(caseId);
        this.need = need;
        this.target = target;
        this.measure = measure;
        this.owner = owner;
        this.dueOn = dueOn;
        this.criterion = criterion;
        this.status = "OPEN";
    }


    public String need() {
        return need;
    }

    public String target() {
        return target;
    }

    public String measure() {
        return measure;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ProgrammeCriterion criterion() {
        return criterion;
    }

    public String status() {
        return status;
    }

    /** Names the directory service the family is referred to for this target. */
    void referTo(org.nottspartners.portal.core.directory.ServiceReferral referral) {
        this.service = referral;
    }

    public UUID serviceId() {
        return org.nottspartners.portal.core.directory.ServiceReferral.idOf(service);
    }

    public String serviceName() {
        return org.nottspartners.portal.core.directory.ServiceReferral.nameOf(service);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }
}
