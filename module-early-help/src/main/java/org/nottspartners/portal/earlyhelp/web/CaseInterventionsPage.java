package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.earlyhelp.casework.CaseQueries;
import org.nottspartners.portal.earlyhelp.casework.Intervention;
import org.nottspartners.portal.earlyhelp.casework.InterventionKind;
import org.nottspartners.portal.earlyhelp.casework.InterventionStep;
import org.nottspartners.portal.earlyhelp.casework.Interventions;

/**
 * The case page's work commissioned from the Interventions and Intensive Support teams (002 §4-§5): what is open, and
 * the forms to commission work and record its steps. The case itself, and running a step, are {@link CasePage}'s.
 */
@Named("caseInterventions")
@RequestScoped
public class CaseInterventionsPage {

    @Inject
    CasePage page;

    @Inject
    CaseQueries queries;

    @Inject
    Interventions commissionedWork;

    private List<Intervention> interventions;
    private InterventionKind interventionKind = InterventionKind.INTERVENTION;
    private String interventionWorker;
    private String interventionPurpose;
    private String interventionServiceId;
    private String interventionChoice;
    private InterventionStep interventionStep = InterventionStep.PLANNING_MEETING;
    private String interventionNote;

    /** Work commissioned for the family from the interventions teams (002 §4-§5). */
    public List<Intervention> getInterventions() {
        if (page.getCase() == null) {
            return List.of();
        }
        if (interventions == null) {
            interventions = queries.interventions(page.getCase().id());
        }
        return interventions;
    }

    public List<Intervention> getOpenInterventions() {
        return getInterventions().stream().filter(i -> i.closedAt() == null).toList();
    }

    public String commissionIntervention() {
        return page.run("Intervention commissioned", () -> commissionedWork.commissionIntervention(page.uuid(), interventionKind,
                interventionWorker, interventionPurpose, CasePage.serviceOf(interventionServiceId, "interventionServiceId")));
    }

    public String getInterventionServiceId() {
        return interventionServiceId;
    }

    public void setInterventionServiceId(String interventionServiceId) {
        this.interventionServiceId = interventionServiceId;
    }

    /** The chosen work is sent as "id:version", so that a step on work someone else moved on is refused. */
    public String recordInterventionStep() {
        return page.run("Step recorded", () -> {
            String[] chosen = interventionChoice == null ? new String[0] : interventionChoice.split(":");
            if (chosen.length != 2) {
                throw new InvalidInputException("intervention", "Choose the work");
            }
            return commissionedWork.recordInterventionStep(page.uuid(), UUID.fromString(chosen[0]), Long.parseLong(chosen[1]),
                    interventionStep, interventionNote);
        });
    }

    /** The commissioned teams this council offers (its setting; none in the City, issue 23). */
    public List<InterventionKind> getInterventionKinds() {
        return List.copyOf(commissionedWork.offered());
    }

    /** Whether the council offers commissioned work at all: the section is shown only where it does, or work exists. */
    public boolean isOffered() {
        return !commissionedWork.offered().isEmpty() || !getInterventions().isEmpty();
    }

    /** The steps the user may record: a Service Manager's agreement only by a manager (002 §4, §5). */
    public List<InterventionStep> getInterventionSteps() {
        return java.util.Arrays.stream(InterventionStep.values())
                .filter(s -> s != InterventionStep.SERVICE_MANAGER_AGREED || page.isManager()).toList();
    }

    public InterventionKind getInterventionKind() { return interventionKind; }
    public void setInterventionKind(InterventionKind v) { this.interventionKind = v; }
    public String getInterventionWorker() { return interventionWorker; }
    public void setInterventionWorker(String v) { this.interventionWorker = v; }
    public String getInterventionPurpose() { return interventionPurpose; }
    public void setInterventionPurpose(String v) { this.interventionPurpose = v; }
    public String getInterventionChoice() { return interventionChoice; }
    public void setInterventionChoice(String v) { this.interventionChoice = v; }
    public InterventionStep getInterventionStep() { return interventionStep; }
    public void setInterventionStep(InterventionStep v) { this.interventionStep = v; }
    public String getInterventionNote() { return interventionNote; }
    public void setInterventionNote(String v) { this.interventionNote = v; }
}
