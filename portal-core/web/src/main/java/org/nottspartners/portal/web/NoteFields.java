package org.nottspartners.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.casenote.CaseNoteContent;
import org.nottspartners.portal.core.casenote.CaseNoteType;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.time.DateText;

/**
 * The person page's form to add a case note (002 §9), as typed: checked here for what the page alone knows (a type
 * chosen, a real date), then by core's case notes as the API checks them (the parts each type needs, the date not in
 * the future), with the fields named as the API names them (issue 14: work from the family page).
 */
public class NoteFields {

    private CaseNoteType type;
    private String eventDate;
    private boolean riskIdentified;
    private String summary;
    private String who;
    private String aim;
    private String method;
    private String outcome;
    private String actions;
    private String callerNumber;
    private String callerName;
    private String callerRole;
    private String callPurpose;

    /** The type chosen and the date of the event, refused with both problems at once. */
    public LocalDate checkedDate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new Problem.FieldError("type", "Choose the type of note"));
        }
        var reading = DateText.read(eventDate, "the date of the event", "2026-11-24");
        reading.problem().ifPresent(p -> errors.add(new Problem.FieldError("eventDate", p)));
        if (reading.date().isEmpty() && reading.problem().isEmpty()) {
            errors.add(new Problem.FieldError("eventDate", "Enter the date of the event"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return reading.date().orElseThrow();
    }

    public CaseNoteContent content() {
        return new CaseNoteContent(summary, who, aim, method, outcome, actions, callerNumber, callerName, callerRole, callPurpose);
    }

    public CaseNoteType[] getTypes() {
        return CaseNoteType.values();
    }

    public CaseNoteType getType() {
        return type;
    }

    public void setType(CaseNoteType type) {
        this.type = type;
    }

    public String getEventDate() {
        return eventDate;
    }

    public void setEventDate(String eventDate) {
        this.eventDate = eventDate;
    }

    public boolean isRiskIdentified() {
        return riskIdentified;
    }

    public void setRiskIdentified(boolean riskIdentified) {
        this.riskIdentified = riskIdentified;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public void setCallerNumber(String callerNumber) {
        this.callerNumber = callerNumber;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public String getCallerRole() {
        return callerRole;
    }

    public void setCallerRole(String callerRole) {
        this.callerRole = callerRole;
    }

    public String getCallPurpose() {
        return callPurpose;
    }

    public void setCallPurpose(String callPurpose) {
        this.callPurpose = callPurpose;
    }
}
