package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import java.time.LocalDate;

/** A Team Around the Family meeting held on a case (RULES.md §3; 002 §3d). */
@Entity
@Table(name = "eh_taf_meeting")
public class TafMeeting extends CaseRecord {

    public static final String RECORD_TYPE = "taf-meeting";


    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "family_present", nullable = false)
    private boolean familyPresent;

    @Column(name = "attendees", nullable = false)
    private String attendees;

    @Column(name = "summary", nullable = false)
    private String summary;

    /** Whether the meeting formally reviewed the assessment and plan (002 §3b5). */
    @Column(name = "is_review", nullable = false)
    private boolean review;

    protected TafMeeting() {
        // for JPA
    }

    public TafMeeting(UUID caseId, LocalDate heldOn, boolean familyPresent, String attendees, String summary, boolean review) {
        super(caseId);
        this.review = review;
        this.heldOn = heldOn;
        this.familyPresent = familyPresent;
        this.attendees = attendees;
        this.summary = summary;
    }


    public LocalDate heldOn() {
        return heldOn;
    }

    public boolean familyPresent() {
        return familyPresent;
    }

    public String attendees() {
        return attendees;
    }

    public String summary() {
        return summary;
    }

    public boolean review() {
        return review;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }
}
