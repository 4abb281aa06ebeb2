package org.nottspartners.portal.licensing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.licensing.LicensingViews;
import org.nottspartners.portal.licensing.applications.Applications;

/**
 * The licensing officer's pages: the queue of sent applications (the oldest waiting first), and one application with
 * the rules checked on it, whether it came late, and the decision (granted with conditions, or refused with reasons).
 */
@Named
@RequestScoped
public class OfficerPages {

    @Inject
    Applications applications;

    @Inject
    org.nottspartners.portal.licensing.ApplicationViews views;

    private LicensingViews.ApplicationView application;
    private String words;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id != null) {
            try {
                application = views.of(applications.visible(UUID.fromString(id)));
            } catch (IllegalArgumentException | RecordNotFoundException notThere) {
                application = null;
            }
        }
    }

    public List<LicensingViews.ApplicationSummary> getQueue() {
        return applications.queue(java.util.Optional.empty()).stream().map(LicensingViews.ApplicationSummary::of).toList();
    }

    @Inject
    org.nottspartners.portal.licensing.consultation.FamilyRecordCheck familyRecord;

    private List<org.nottspartners.portal.licensing.consultation.FamilyRecordCheck.Found> found;

    /** The family record check, made once per page (each person read is audited as the officer's). */
    public List<org.nottspartners.portal.licensing.consultation.FamilyRecordCheck.Found> getFamilyRecord() {
        if (found == null) {
            found = application == null ? List.of() : familyRecord.of(applications.visible(application.id()));
        }
        return found;
    }

    public LicensingViews.ApplicationView getApplication() {
        return application;
    }

    public String grant() {
        return decide(true);
    }

    public String refuse() {
        return decide(false);
    }

    private String decide(boolean grant) {
        if (application == null) {
            PageActions.error("There is no such application in this council.");
            return null;
        }
        UUID id = application.id();
        Long read = PageActions.numberParameter("version");
        PageActions.Outcome outcome = PageActions.run(() -> applications.decide(id, read, grant, words), "this application", "decide");
        application = views.of(applications.visible(id));
        if (outcome == PageActions.Outcome.DONE) {
            PageActions.info(grant ? "Granted. The licence has been recorded." : "Refused. The reasons have been recorded.");
        }
        return null;
    }

    @Inject
    org.nottspartners.portal.licensing.consultation.Consultations consultations;

    @Inject
    org.nottspartners.portal.core.staff.StaffDirectory staff;

    @Inject
    org.nottspartners.portal.core.tenancy.TenantContext tenant;

    private String schoolUser;
    private String inspectedOn;
    private String inspectedPlace;
    private String findings;
    private Boolean satisfactory;

    /** The council's school users, to ask one for the school's view. */
    public List<org.nottspartners.portal.core.staff.StaffMember> getSchoolStaff() {
        try {
            return staff.withRole(tenant.tenantId(), org.nottspartners.portal.core.identity.PortalRole.SCHOOL_STAFF);
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }

    public String askSchool() {
        return step(() -> consultations.askSchool(application.id(), schoolUser), "school",
                "The school's view has been asked for.");
    }

    public String recordInspection() {
        return step(() -> consultations.inspected(application.id(), inspectedOn, inspectedPlace, findings,
                satisfactory), "inspection", "The inspection has been recorded.");
    }

    private String step(Runnable step, String form, String done) {
        if (application == null) {
            PageActions.error("There is no such application in this council.");
            return null;
        }
        if (PageActions.run(step, "this application", form) == PageActions.Outcome.DONE) {
            PageActions.info(done);
        }
        application = views.of(applications.visible(application.id()));
        return null;
    }

    public String getSchoolUser() { return schoolUser; }
    public void setSchoolUser(String v) { schoolUser = v; }
    public String getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(String v) { inspectedOn = v; }
    public String getInspectedPlace() { return inspectedPlace; }
    public void setInspectedPlace(String v) { inspectedPlace = v; }
    public String getFindings() { return findings; }
    public void setFindings(String v) { findings = v; }
    public Boolean getSatisfactory() { return satisfactory; }
    public void setSatisfactory(Boolean v) { satisfactory = v; }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
