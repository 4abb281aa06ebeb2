package org.nottspartners.portal.licensing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.licensing.notifications.FollowUp;
import org.nottspartners.portal.licensing.notifications.Notifications;
import org.nottspartners.portal.licensing.notifications.UnlicensedWork;

/**
 * Notifications of unlicensed work: the public's page to tell the council (GOV.UK patterns), and the officer's list with
 * the follow-up of the one chosen ({@code ?id=}).
 */
@Named
@RequestScoped
public class NotificationPages {

    @Inject
    Notifications notifications;

    private String child;
    private String work;
    private UnlicensedWork chosen;
    private String step;
    private String note;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id != null) {
            try {
                chosen = notifications.find(UUID.fromString(id));
            } catch (RuntimeException notThere) {
                chosen = null;
            }
        }
    }

    /** The public's report: on success the page says it was received. */
    public String report() {
        if (PageActions.run(() -> notifications.report(child, work), "this notification", "f") == PageActions.Outcome.DONE) {
            return "/licensing/reported?faces-redirect=true";
        }
        return null;
    }

    public List<UnlicensedWork> getAll() {
        return notifications.all();
    }

    public List<FollowUp> getFollowUps() {
        return chosen == null ? List.of() : notifications.followUps(chosen.id());
    }

    public List<UnlicensedWork.Step> getSteps() {
        return List.of(UnlicensedWork.Step.values());
    }

    public String followUp() {
        if (chosen == null) {
            PageActions.error("There is no such notification in this council.");
            return null;
        }
        UUID id = chosen.id();
        Long read = PageActions.numberParameter("version");
        UnlicensedWork.Step chosenStep = step == null ? null
                : Arrays.stream(UnlicensedWork.Step.values()).filter(s -> s.name().equals(step)).findFirst().orElse(null);
        if (PageActions.run(() -> notifications.followUp(id, read, chosenStep, note), "this notification", "follow")
                == PageActions.Outcome.DONE) {
            PageActions.info("The step has been recorded.");
        }
        chosen = notifications.find(id);
        return null;
    }

    public UnlicensedWork getChosen() {
        return chosen;
    }

    public String getChild() { return child; }
    public void setChild(String v) { child = v; }
    public String getWork() { return work; }
    public void setWork(String v) { work = v; }
    public String getStep() { return step; }
    public void setStep(String v) { step = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
