package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.core.access.RecordGrant;
import org.nottspartners.portal.core.history.HistoryEntry;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.staff.StaffDirectory;
import org.nottspartners.portal.core.staff.StaffDirectoryUnavailableException;
import org.nottspartners.portal.core.staff.StaffMember;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.casework.CaseHolding;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpSettings;
import org.nottspartners.portal.earlyhelp.casework.LevelChanges;
import org.nottspartners.portal.earlyhelp.casework.TeamAroundTheChild;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.ThresholdLevel;

/**
 * The case page's Team around the Child, level and Multi-Agency Forum forms (issue 23; RULES.md §3 "City model"):
 * the lead professional invites practitioners from any agency, takes them off, or hands the case to one of them;
 * a member leaves; the level steps up or down, and above early help's levels the case goes to social care; the team
 * asks the Multi-Agency Forum for help. Each action goes through {@link CasePage#run}, with the same checks as the API.
 */
@Named("caseTeam")
@RequestScoped
public class CaseTeamPage {

    @Inject
    CasePage page;

    @Inject
    TeamAroundTheChild team;

    @Inject
    LevelChanges levels;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    StaffDirectory staff;

    @Inject
    TenantSettings settings;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    private List<RecordGrant> members;
    private String invitee;
    private String newLevel;
    private String levelReasons;
    private String forumReasons;

    /** Whether the page shows the team: in a council whose practitioners hold CAFs, or on a case that has one. */
    public boolean isShown() {
        EarlyHelpCase c = page.getCase();
        return c != null && (settings.choice(EarlyHelpSettings.CASE_HOLDING, CaseHolding.class, today.date())
                == CaseHolding.ANY_PRACTITIONER || !getMembers().isEmpty());
    }

    /** Everyone in or once in the team, oldest first. */
    public List<RecordGrant> getMembers() {
        if (members == null) {
            EarlyHelpCase c = page.getCase();
            members = c == null ? List.of() : team.members(c.id());
        }
        return members;
    }

    /** Those in the team now. */
    public List<RecordGrant> getCurrentMembers() {
        return getMembers().stream().filter(RecordGrant::active).toList();
    }

    /** Practitioners of every agency in this council who could join, by name, with their agency; none if the directory is down. */
    public Map<String, String> getPractitioners() {
        EarlyHelpCase c = page.getCase();
        Map<String, String> choices = new LinkedHashMap<>();
        if (c == null) {
            return choices;
        }
        try {
            for (PortalRole role : TeamAroundTheChild.MEMBER_ROLES) {
                for (StaffMember m : staff.withRole(c.tenantId(), role)) {
                    if (!m.userName().equalsIgnoreCase(c.leadProfessional())) {
                        choices.putIfAbsent(m.name() + " (" + role.label() + ")", m.userName());
                    }
                }
            }
        } catch (StaffDirectoryUnavailableException e) {
            return choices;
        }
        return choices;
    }

    /** Whether the caller is this member (so may leave). */
    public boolean isMe(RecordGrant g) {
        return g.userName().equalsIgnoreCase(caller.userName());
    }

    public String invite() {
        return page.run("Invited into the Team around the Child", () -> team.invite(page.uuid(), invitee));
    }

    /** The lead professional takes the chosen member off, or a member leaves. */
    public String remove(String userName) {
        return page.run(userName.equalsIgnoreCase(caller.userName()) ? "You have left the Team around the Child"
                : "Taken off the Team around the Child", () -> team.leave(page.uuid(), userName));
    }

    public String makeLead(String userName) {
        return page.run("Lead professional changed", () -> team.changeLead(page.uuid(), page.v(), userName));
    }

    public String changeLevel() {
        return page.run("Level of need changed", () -> levels.change(page.uuid(), page.v(), newLevel, levelReasons));
    }

    public String referToForum() {
        return page.run("Referred to the Multi-Agency Forum", () -> team.referToMultiAgencyForum(page.uuid(), forumReasons));
    }

    /** The levels of the council's framework, lowest first, for the step up or down. */
    public List<ThresholdLevel> getLevels() {
        return setup.levelsOn(today.date());
    }

    /** The case's level changes, oldest first: the level's history. */
    public List<HistoryEntry> getLevelHistory() {
        EarlyHelpCase c = page.getCase();
        return c == null ? List.of() : levels.history(c.id());
    }

    /** A member's line: name, agency, since, and until when they left. */
    public String line(RecordGrant g) {
        List<String> parts = new ArrayList<>();
        parts.add(g.userLabel() + " (" + g.agency() + ")");
        parts.add("since " + org.nottspartners.portal.core.time.DateText.inWords(g.grantedAt().toLocalDate()));
        g.revokedAt().ifPresent(at -> parts.add("left " + org.nottspartners.portal.core.time.DateText.inWords(at.toLocalDate())));
        return String.join(", ", parts);
    }

    public String getInvitee() { return invitee; }
    public void setInvitee(String v) { this.invitee = v; }
    public String getNewLevel() { return newLevel; }
    public void setNewLevel(String v) { this.newLevel = v; }
    public String getLevelReasons() { return levelReasons; }
    public void setLevelReasons(String v) { this.levelReasons = v; }
    public String getForumReasons() { return forumReasons; }
    public void setForumReasons(String v) { this.forumReasons = v; }
}
