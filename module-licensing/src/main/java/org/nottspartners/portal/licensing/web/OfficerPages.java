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

    private LicensingViews.ApplicationView application;
    private String words;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id != null) {
            try {
                application = applications.view(applications.visible(UUID.fromString(id)));
            } catch (IllegalArgumentException | RecordNotFoundException notThere) {
                application = null;
            }
        }
    }

    public List<LicensingViews.ApplicationSummary> getQueue() {
        return applications.queue(java.util.Optional.empty()).stream().map(LicensingViews.ApplicationSummary::of).toList();
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
        String version = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("version");
        Long read = version == null ? null : Long.valueOf(version);
        PageActions.Outcome outcome = PageActions.run(() -> applications.decide(id, read, grant, words), "this application", "decide");
        application = applications.view(applications.visible(id));
        if (outcome == PageActions.Outcome.DONE) {
            PageActions.info(grant ? "Granted. The licence has been recorded." : "Refused. The reasons have been recorded.");
        }
        return null;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
