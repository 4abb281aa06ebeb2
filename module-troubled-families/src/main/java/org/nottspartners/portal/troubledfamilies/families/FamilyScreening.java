package org.nottspartners.portal.troubledfamilies.families;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * A family's case screened against the criteria set in force at assessment (002 §13b), what it met and why, and what
 * the claim needs: the lead practitioner, the whole-family assessment and plan, the closure (from early help's closure
 * event) and the team manager's closure checklist.
 */
@Entity
@Table(name = "tf_family")
public class FamilyScreening extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "tf-family";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    /** The case in the module that holds it (early help's case id). */
    @Column(name = "case_id", nullable = false, length = 100)
    private String caseId;

    @Column(name = "index_child_id", nullable = false)
    private UUID indexChildId;

    @Column(name = "set_number", nullable = false)
    private int setNumber;

    @Column(name = "set_name", nullable = false, length = 200)
    private String setName;

    @Column(name = "threshold", nullable = false)
    private int threshold;

    /** Criterion code to the words saying why it is met, as JSON. */
    @Column(name = "criteria_met", nullable = false, length = 8000)
    private String criteriaMet;

    @Column(name = "no_issues", length = 2000)
    private String noIssues;

    @Column(name = "flagged", nullable = false)
    private boolean flagged;

    @Column(name = "screened_at", nullable = false)
    private OffsetDateTime screenedAt;

    @Column(name = "screened_by", nullable = false, length = 200)
    private String screenedBy;

    @Column(name = "lead_practitioner", length = 200)
    private String leadPractitioner;

    @Column(name = "whole_family_assessment", nullable = false)
    private boolean wholeFamilyAssessment;

    @Column(name = "family_plan", nullable = false)
    private boolean familyPlan;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closure_outcome", length = 100)
    private String closureOutcome;

    @Column(name = "checklist_by", length = 200)
    private String checklistBy;

    @Column(name = "checklist_at")
    private OffsetDateTime checklistAt;

    @Column(name = "spot_check_result", length = 20)
    private String spotCheckResult;

    @Column(name = "spot_check_notes", length = 2000)
    private String spotCheckNotes;

    @Column(name = "spot_checked_by", length = 200)
    private String spotCheckedBy;

    @Column(name = "spot_checked_at")
    private OffsetDateTime spotCheckedAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_pounds")
    private Integer paidPounds;

    @Column(name = "paid_recorded_by", length = 200)
    private String paidRecordedBy;

    protected FamilyScreening() {
    }

    FamilyScreening(String caseId, UUID indexChildId) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.indexChildId = indexChildId;
    }

    void screened(int setNumber, String setName, int threshold, String criteriaMet, String noIssues, boolean flagged,
            OffsetDateTime at, String by, String leadPractitioner, boolean assessment, boolean plan) {
        this.setNumber = setNumber;
        this.setName = setName;
        this.threshold = threshold;
        this.criteriaMet = criteriaMet;
        this.noIssues = noIssues;
        this.flagged = flagged;
        this.screenedAt = at;
        this.screenedBy = by;
        this.leadPractitioner = leadPractitioner;
        this.wholeFamilyAssessment = assessment;
        this.familyPlan = plan;
    }

    void closed(LocalDate on, String outcome) {
        this.closedOn = on;
        this.closureOutcome = outcome;
    }

    void checklist(String by, OffsetDateTime at) {
        this.checklistBy = by;
        this.checklistAt = at;
    }

    void spotChecked(String result, String notes, String by, OffsetDateTime at) {
        this.spotCheckResult = result;
        this.spotCheckNotes = notes;
        this.spotCheckedBy = by;
        this.spotCheckedAt = at;
    }

    void paid(LocalDate on, int pounds, String by) {
        this.paidOn = on;
        this.paidPounds = pounds;
        this.paidRecordedBy = by;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public Integer paidPounds() {
        return paidPounds;
    }

    public String spotCheckResult() {
        return spotCheckResult;
    }

    public String spotCheckNotes() {
        return spotCheckNotes;
    }

    public UUID id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public UUID indexChildId() {
        return indexChildId;
    }

    void indexChildId(UUID id) {
        this.indexChildId = id;
    }

    public int setNumber() {
        return setNumber;
    }

    public String setName() {
        return setName;
    }

    public int threshold() {
        return threshold;
    }

    public String criteriaMet() {
        return criteriaMet;
    }

    public String noIssues() {
        return noIssues;
    }

    public boolean flagged() {
        return flagged;
    }

    public OffsetDateTime screenedAt() {
        return screenedAt;
    }

    public String screenedBy() {
        return screenedBy;
    }

    public String leadPractitioner() {
        return leadPractitioner;
    }

    public boolean wholeFamilyAssessment() {
        return wholeFamilyAssessment;
    }

    public boolean familyPlan() {
        return familyPlan;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closureOutcome() {
        return closureOutcome;
    }

    public String checklistBy() {
        return checklistBy;
    }

    public OffsetDateTime checklistAt() {
        return checklistAt;
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
