package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.nottspartners.portal.core.access.RecordGrants;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;

/**
 * Who may open an early help case and work on it (RULES.md §2 "Who may see what", §3 "City model"; issue 23). The
 * council's early help staff open every case of their council, as their roles say. Any other practitioner opens only
 * the cases they hold as lead professional or sit on in the Team around the Child, through core's per-record grants;
 * every other case answers "not found", as another council's would. Of those, only the lead professional changes
 * what the case is (assessment, plan, team, level, closure).
 */
@ApplicationScoped
public class CaseAccess {

    /** The part a practitioner plays when given access to a case. */
    public static final String TEAM_AROUND_THE_CHILD = "Team around the Child";

    /** The council's own early help staff: their roles open every case of the council. */
    public static final List<PortalRole> COUNCIL_STAFF = List.of(EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER,
            EarlyHelpRoles.GROUP_MANAGER);

    @Inject
    CurrentUser caller;

    @Inject
    RecordGrants grants;

    @jakarta.persistence.PersistenceContext(unitName = "portal")
    jakarta.persistence.EntityManager em;

    /** Whether the caller is one of the council's early help staff (or the work runs with no caller: a scheduled task). */
    public boolean councilStaff() {
        try {
            if (!caller.isAuthenticated()) {
                return false; // a request without a signed-in user is nobody's
            }
            Set<PortalRole> held = caller.roles().rolesIn(org.nottspartners.portal.core.scope.TenantScope.current()
                    .orElseThrow(() -> new IllegalStateException("No council chosen")));
            return COUNCIL_STAFF.stream().anyMatch(held::contains);
        } catch (ContextNotActiveException noRequest) {
            return true; // the portal's own work outside any request (observers of its own events)
        }
    }

    /** Whether the caller holds the case as its lead professional. */
    public boolean isLead(EarlyHelpCase c) {
        String me = userName();
        return me != null && me.equalsIgnoreCase(c.leadProfessional());
    }

    /**
     * Whether the caller may open the case: council staff, its lead professional, or a member of its team. Decided
     * before the case is loaded (from its lead professional's name alone), so a refused open leaves no read in the
     * audit trail for a case that was never shown.
     */
    public boolean opens(java.util.UUID caseId) {
        if (councilStaff()) {
            return true;
        }
        String me = userName();
        if (me == null) {
            return false;
        }
        List<Object[]> found = em.createQuery("select c.leadProfessional, c.stage from EarlyHelpCase c where c.id = :id",
                Object[].class).setParameter("id", caseId).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        // the lead professional keeps their case; the team sees it while it is open (RULES.md §2: the children they
        // work with), and loses it when it closes or hands the family to social care
        return me.equalsIgnoreCase((String) found.get(0)[0])
                || ((CaseStage) found.get(0)[1]).isOpen() && grants.holds(CaseHistory.SUBJECT, caseId, me);
    }

    /** Refuses a change only the lead professional (or the council's staff, as their roles say) may make. */
    public void requireLead(EarlyHelpCase c, String what) {
        if (!councilStaff() && !isLead(c)) {
            throw new ActionRefusedException("Only the lead professional can do this",
                    what + " is for the lead professional of this case, " + c.leadProfessional() + ".");
        }
    }

    /** Refuses work that is the council's own (feedback on a disagreement, commissioning its teams, its letters). */
    public void requireCouncilStaff(String what) {
        if (!councilStaff()) {
            throw new ActionRefusedException("Only the council's early help staff can do this", what + " is for the council's"
                    + " early help staff.");
        }
    }

    private String userName() {
        try {
            return caller.isAuthenticated() ? caller.userName() : null;
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
