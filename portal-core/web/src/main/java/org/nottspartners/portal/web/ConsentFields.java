package org.nottspartners.portal.web;

import java.time.LocalDate;
import org.nottspartners.portal.core.consent.ConsentStatus;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.time.DateText;

/**
 * The person page's form to record consent, as typed; core's consent register checks it as it checks the API's
 * (issue 14: work from the family page). Only the date's shape is read here.
 */
public class ConsentFields {

    private ConsentStatus status;
    private String givenBy;
    private String purpose;
    private String decidedOn;
    private String evidence;

    /** The date of the decision, or null when none was typed (core then asks for it). */
    public LocalDate decidedOnDate() {
        var reading = DateText.read(decidedOn, "the date of the decision", "2026-11-24");
        reading.problem().ifPresent(p -> {
            throw new InvalidInputException("decidedOn", p);
        });
        return reading.date().orElse(null);
    }

    public ConsentStatus[] getStatuses() {
        return ConsentStatus.values();
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public void setStatus(ConsentStatus status) {
        this.status = status;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(String givenBy) {
        this.givenBy = givenBy;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
