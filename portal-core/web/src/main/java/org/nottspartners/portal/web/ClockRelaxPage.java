package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.core.clock.ClockRecord;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * One timed piece of work, for a group manager to relax its standard with a reason, or to review a
 * relaxation (002 §3c5: "a group manager's agreement, reviewed weekly"). The form carries the clock's
 * id and the version read, so a change someone else made meanwhile is refused, not overwritten.
 */
@Named("clockRelax")
@RequestScoped
public class ClockRelaxPage {

    @Inject
    org.nottspartners.portal.core.time.Today today;

    /** The moment the page is read at: one for the whole request. */
    @jakarta.annotation.PostConstruct
    void readNow() {
        now = today.now();
    }


    @Inject
    StandardClocks clocks;

    @Inject
    CurrentUser caller;

    private String id;
    private ClockRecord clock;
    private boolean loaded;
    private String reason;
    private String keep = "true";
    private String note;
    private OffsetDateTime now;

    /** The clock: from the address, or on a postback from the form's hidden {@code clockId}. */
    public ClockRecord getClock() {
        if (!loaded) {
            loaded = true;
            if (id == null) {
                id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("clockId");
            }
            try {
                clock = id == null ? null : clocks.visible(UUID.fromString(id), visible()).orElse(null);
            } catch (IllegalArgumentException e) {
                clock = null;
            }
        }
        return clock;
    }

    public boolean isGroupManager() {
        return PortalRole.anyHas(roles(), PortalRole.Grant.RELAX_STANDARDS);
    }

    public boolean isRelaxed() {
        return getClock() != null && getClock().isRelaxedAt(now);
    }

    public String relax() {
        return act("Standard relaxed: review it within a week", () -> clocks.relax(getClock().id(), version(), reason,
                caller.displayName() == null ? caller.userId() : caller.displayName(), now, visible()));
    }

    public String review() {
        return act("Review recorded", () -> clocks.reviewRelaxation(getClock().id(), version(), "true".equals(keep), note, now,
                visible()));
    }

    private String act(String done, Runnable step) {
        PageActions.Outcome outcome = PageActions.run(() -> {
            if (getClock() == null) {
                throw new RecordNotFoundException("There is no such timed piece of work that you can see.");
            }
            if (!isGroupManager()) {
                throw new ActionRefusedException("Only a group manager can relax a standard or review a relaxation");
            }
            step.run();
        }, "this clock", null);
        if (outcome == PageActions.Outcome.DONE) {
            return "/clocks/index?faces-redirect=true&status=RELAXED&team=" + URLEncoder.encode(getClock().team(), StandardCharsets.UTF_8)
                    + "&done=" + URLEncoder.encode(done, StandardCharsets.UTF_8);
        }
        if (outcome == PageActions.Outcome.STALE) {
            loaded = false;
            id = getClock() == null ? id : getClock().id().toString();
        }
        return null;
    }

    /** The version the user read, from the form. */
    private long version() {
        try {
            return Long.parseLong(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("clockVersion"));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private Set<PortalRole> roles() {
        return caller.roles().rolesIn(TenantScope.current().orElse(""));
    }

    private Set<String> visible() {
        return clocks.modulesVisibleTo(roles());
    }

    /** A moment as council staff read it, in England's time. */
    public String local(OffsetDateTime t) {
        return org.nottspartners.portal.core.calendar.StaffTime.format(t);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getKeep() {
        return keep;
    }

    public void setKeep(String keep) {
        this.keep = keep;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
