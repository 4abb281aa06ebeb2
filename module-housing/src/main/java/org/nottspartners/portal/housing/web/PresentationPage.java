package org.nottspartners.portal.housing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.housing.kit.HousingViews.EmergencyStepForm;
import org.nottspartners.portal.housing.kit.HousingViews.PresentationForm;
import org.nottspartners.portal.housing.kit.HousingViews.PresentationView;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderView;
import org.nottspartners.portal.housing.kit.YoungPeople;
import org.nottspartners.portal.housing.emergency.Presentation;
import org.nottspartners.portal.housing.emergency.Presentations;
import org.nottspartners.portal.housing.providers.Providers;

/**
 * One emergency: logging a presentation for a young person found on the family record, then each step of the
 * process (RULES.md §6; 002 §8a2) within its hour clocks, shown at the top.
 */
@Named("housingPresentation")
@RequestScoped
public class PresentationPage {

    @Inject
    Presentations presentations;

    @Inject
    Providers providers;

    @Inject
    org.nottspartners.portal.core.access.PersonRecordAccess people;

    @Inject
    DashboardPage dashboard;

    @Inject
    org.nottspartners.portal.core.time.Today today;

    private String id;
    private String person;
    private PresentationView presentation;
    private boolean looked;

    private String reason;
    private String circumstances;
    private String worker;
    private String notes;
    private Boolean yes;
    private Boolean faceToFace;
    private String providerId;

    public PresentationView getPresentation() {
        if (!looked) {
            looked = true;
            UUID key = id != null ? parse(id) : Sent.id("presentationId");
            try {
                presentation = key == null ? null : presentations.get(key);
            } catch (RecordNotFoundException gone) {
                presentation = null;
            }
        }
        return presentation;
    }

    /** The young person a new presentation is for (from their family record), when the caller may open them. */
    public Person getYoungPerson() {
        UUID key = person != null ? parse(person) : Sent.id("personId");
        return key == null ? null : people.open(key).orElse(null);
    }

    private static UUID parse(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public Presentation.Reason[] getReasons() {
        return Presentation.Reason.values();
    }

    public List<ProviderView> getProviders() {
        return providers.list();
    }

    public String log() {
        PresentationForm form = new PresentationForm();
        form.personId = Sent.id("personId");
        form.reason = reason;
        form.circumstances = circumstances;
        PresentationView[] logged = new PresentationView[1];
        if (PageActions.run(() -> logged[0] = presentations.log(form), "this young person's record", "log") == PageActions.Outcome.DONE) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageActions.info("The presentation is logged: allocate a Rapid Assessment Worker within the hour.");
            return "/housing/presentation?faces-redirect=true&id=" + logged[0].id();
        }
        return null;
    }

    /** One step, named by the button's form. */
    public void step() {
        EmergencyStepForm form = new EmergencyStepForm();
        form.version = Sent.version();
        form.step = Sent.text("step");
        form.worker = worker;
        form.notes = notes;
        form.yes = yes;
        form.faceToFace = faceToFace;
        form.providerId = providerId == null || providerId.isBlank() ? null : parse(providerId);
        UUID key = Sent.id("presentationId");
        if (PageActions.run(() -> presentation = presentations.step(key, form), "this presentation", null) == PageActions.Outcome.DONE) {
            looked = true;
            PageActions.info("Saved.");
        } else {
            looked = false;
        }
    }

    public String when(java.time.OffsetDateTime at) {
        return dashboard.when(at);
    }

    public String clock(org.nottspartners.portal.housing.kit.HousingViews.ClockView c) {
        return dashboard.clock(c);
    }

    public boolean overdue(org.nottspartners.portal.housing.kit.HousingViews.ClockView c) {
        return dashboard.overdue(c);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(String circumstances) {
        this.circumstances = circumstances;
    }

    public String getWorker() {
        return worker;
    }

    public void setWorker(String worker) {
        this.worker = worker;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Boolean getYes() {
        return yes;
    }

    public void setYes(Boolean yes) {
        this.yes = yes;
    }

    public Boolean getFaceToFace() {
        return faceToFace;
    }

    public void setFaceToFace(Boolean faceToFace) {
        this.faceToFace = faceToFace;
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }

    public String name(Person p) {
        return p.givenName() + " " + p.familyName();
    }

    public Integer age(Person p) {
        return YoungPeople.age(p, today.date());
    }
}
