package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.access.RecordGrant;
import org.nottspartners.portal.core.access.RecordGrants;
import org.nottspartners.portal.core.history.HistoryEntry;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.staff.StaffDirectory;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;

/**
 * The Team around the Child of a case (RULES.md §3 "City model": extensive support forms a Team around the Child and
 * allocates a lead professional from any agency, 001 L1146-1150, L1617-1626; issue 23): the lead professional invites
 * practitioners from any agency, each of whom then opens that case and no other (core's per-record grants, audited),
 * and loses it on leaving; the lead professional may hand the case to a member of the team; the team may take the
 * family to the Multi-Agency Forum. Each step is kept in the case's history.
 */
@ApplicationScoped
@Transactional
public class TeamAroundTheChild {

    /** Who can join a team: practitioners of the partner agencies and the council's early help staff. */
    public static final List<PortalRole> MEMBER_ROLES = List.of(PortalRole.SCHOOL_STAFF, PortalRole.HEALTH, PortalRole.POLICE,
            PortalRole.YOUTH_JUSTICE, EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CaseQueries queries;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    RecordGrants grants;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.core.tenancy.TenantSettings settings;

    /** The lead professional invites a practitioner into the team: from then on they open this case. */
    public RecordGrant invite(UUID caseId, String userName) {
        EarlyHelpCase c = queries.find(caseId);
        access.requireLead(c, "Inviting a practitioner into the Team around the Child");
        c.requireWorkable("A change to the Team around the Child");
        StaffDirectory.Holder holder = staff.requireAmong(c.tenantId(), MEMBER_ROLES, userName, "userName");
        if (holder.member().userName().equalsIgnoreCase(c.leadProfessional())) {
            throw new InvalidInputException("userName", holder.member().name() + " is the lead professional already");
        }
        RecordGrant grant = grants.grant(CaseHistory.SUBJECT, c.id(), holder.member().userName(), holder.member().name(),
                holder.role().label(), CaseAccess.TEAM_AROUND_THE_CHILD);
        history.event(c, "TEAM_JOINED", holder.member().name() + " (" + holder.role().label() + ") joined the Team around the Child");
        return grant;
    }

    /** A practitioner leaves the team (they leave, or the lead professional takes them off): they no longer open the case. */
    public RecordGrant leave(UUID caseId, String userName) {
        EarlyHelpCase c = queries.find(caseId);
        boolean self = userName != null && userName.equalsIgnoreCase(caller.userName());
        if (!self) {
            access.requireLead(c, "Taking a practitioner off the Team around the Child");
        }
        RecordGrant left = grants.revoke(CaseHistory.SUBJECT, c.id(), userName == null ? "" : userName.strip());
        history.event(c, "TEAM_LEFT", left.userLabel() + " (" + left.agency() + ") left the Team around the Child");
        return left;
    }

    /** Everyone who is or was in the team, oldest first. */
    public List<RecordGrant> members(UUID caseId) {
        EarlyHelpCase c = queries.find(caseId);
        return grants.of(CaseHistory.SUBJECT, c.id());
    }

    /**
     * The lead professional hands the case to a member of the team, from any agency (001 L1146-1150); the one handing
     * it over stays in the team. Their clocks go with the case.
     */
    public EarlyHelpCase changeLead(UUID caseId, long version, String userName) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        access.requireLead(c, "Naming another lead professional");
        c.requireWorkable("A change of lead professional");
        String wanted = userName == null ? "" : userName.strip();
        if (wanted.isEmpty() || !grants.holds(CaseHistory.SUBJECT, c.id(), wanted)) {
            throw new InvalidInputException("userName", "Choose the new lead professional from the Team around the Child"
                    + " (invite them first)");
        }
        RecordGrant theirs = grants.of(CaseHistory.SUBJECT, c.id()).stream()
                .filter(g -> g.active() && g.userName().equalsIgnoreCase(wanted)).findFirst().orElseThrow();
        boolean councilWorker = staff.find(c.tenantId(), EarlyHelpRoles.CASE_WORKER, theirs.userName()).isPresent();
        if (!councilWorker && settings.choice(EarlyHelpSettings.CASE_HOLDING, CaseHolding.class, today.date())
                != CaseHolding.ANY_PRACTITIONER) {
            throw new InvalidInputException("userName", "In this council a case worker of the council holds the case: choose"
                    + " one of the council's case workers");
        }
        String previous = c.leadProfessional();
        c.reallocate(theirs.userName());
        em.flush();
        grants.revoke(CaseHistory.SUBJECT, c.id(), theirs.userName());
        if (previous != null && !grants.holds(CaseHistory.SUBJECT, c.id(), previous)) {
            grants.grant(CaseHistory.SUBJECT, c.id(), previous, previous, "Former lead professional",
                    CaseAccess.TEAM_AROUND_THE_CHILD);
        }
        history.assignClocks(c, c.teamCode() == null ? CaseAccess.TEAM_AROUND_THE_CHILD : c.teamCode(), c.leadProfessional());
        history.event(c, "LEAD_CHANGED", theirs.userLabel() + " (" + theirs.agency() + ") is now the lead professional"
                + (previous == null ? "" : ", taking over from " + previous));
        return c;
    }

    /** The team takes the family to the Multi-Agency Forum (001 L1617-1626: "if required"). */
    public HistoryEntry referToMultiAgencyForum(UUID caseId, String reasons) {
        EarlyHelpCase c = queries.find(caseId);
        access.requireLead(c, "A referral to the Multi-Agency Forum");
        c.requireWorkable("A referral to the Multi-Agency Forum");
        if (reasons == null || reasons.isBlank()) {
            throw new InvalidInputException("reasons", "Say what the team asks the Multi-Agency Forum for");
        }
        return history.event(c, "MULTI_AGENCY_FORUM", "Referred to the Multi-Agency Forum: " + reasons.strip());
    }

    /** The cases the caller holds as lead professional or sits on in the team, most recent first. */
    public List<EarlyHelpCase> mine() {
        String me = caller.userName();
        List<UUID> granted = grants.recordsOf(CaseHistory.SUBJECT, me);
        return em.createQuery("select c from EarlyHelpCase c where c.leadProfessional = :me or c.id in :granted"
                        + " order by c.receivedAt desc", EarlyHelpCase.class)
                .setParameter("me", me == null ? "" : me)
                .setParameter("granted", granted.isEmpty() ? List.of(new UUID(0, 0)) : granted)
                .setMaxResults(200).getResultList();
    }
}
