package org.nottspartners.portal.licensing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.licensing.LicensingViews;
import org.nottspartners.portal.licensing.applications.Applications;
import org.nottspartners.portal.licensing.consultation.Consultations;

/** A school user's page: the requests for the school's view asked of them, and the answer to the one chosen. */
@Named
@RequestScoped
public class SchoolViewsPage {

    @Inject
    Consultations consultations;

    @Inject
    Applications applications;

    @Inject
    org.nottspartners.portal.licensing.ApplicationViews views;

    private List<LicensingViews.SchoolRequestView> requests;
    private LicensingViews.SchoolRequestView chosen;
    private String answer;

    @PostConstruct
    void load() {
        requests = consultations.askedOfMe().stream().map(views::forSchool).toList();
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        chosen = requests.stream().filter(r -> r.id().toString().equals(id)).findFirst().orElse(null);
    }

    public List<LicensingViews.SchoolRequestView> getRequests() {
        return requests;
    }

    public LicensingViews.SchoolRequestView getChosen() {
        return chosen;
    }

    public String send() {
        if (chosen == null) {
            PageActions.error("There is no such request for the school's view.");
            return null;
        }
        UUID id = chosen.id();
        Long read = PageActions.numberParameter("version");
        if (PageActions.run(() -> consultations.answer(id, read, answer), "this request", null) == PageActions.Outcome.DONE) {
            PageActions.info("Thank you: the school's view has been sent to the licensing team.");
        }
        load();
        return null;
    }

    @Inject
    org.nottspartners.portal.licensing.licences.Licences licences;

    /** The school's copy of the licence, for the request chosen, as a download. */
    public void download() throws java.io.IOException {
        if (chosen == null) {
            PageActions.error("There is no such request for the school's view.");
            return;
        }
        var request = consultations.askedOfMe(chosen.id());
        var document = licences.of(request.applicationId());
        if (document.isEmpty()) {
            PageActions.error("This application has no licence: it has not been granted.");
            return;
        }
        PageActions.download(document.get().pdf(), "application/pdf", document.get().fileName());
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
