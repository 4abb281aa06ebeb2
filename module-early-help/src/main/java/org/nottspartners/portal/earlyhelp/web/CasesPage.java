package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nottspartners.portal.core.clock.ClockCount;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.casework.CaseQueries;
import org.nottspartners.portal.earlyhelp.casework.CaseStage;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.Team;

/** The team dashboard: open cases by stage, overdue clocks, and the team's cases a page at a time. */
@Named("casesPage")
@RequestScoped
public class CasesPage {

    @Inject
    CaseQueries queries;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    StandardClocks clocks;

    @Inject
    Today today;

    private String team;
    private String stage;
    private Map<CaseStage, Long> byStage;

    @Inject
    org.nottspartners.portal.core.staff.StaffDirectory staff;

    private Map<String, String> teamNames;

    /** A team by its name, not its code (issue 14). */
    public String teamName(String code) {
        if (teamNames == null) {
            teamNames = new java.util.HashMap<>();
            setup.teams().forEach(t -> teamNames.put(t.code(), t.name()));
        }
        return code == null ? "" : teamNames.getOrDefault(code, code);
    }

    /** The lead professional by name (the directory's, kept a minute), or their user name when it cannot be read. */
    public String leadName(EarlyHelpCase c) {
        return c.leadProfessional() == null ? ""
                : staff.nameOf(c.tenantId(), org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles.CASE_WORKER, c.leadProfessional());
    }

    public List<Team> getTeams() {
        return setup.teams();
    }

    /** The teams grouped by kind, for the filter's select. */
    public List<jakarta.faces.model.SelectItem> getTeamGroups() {
        return TeamChoices.byKind(setup.teams());
    }

    public CaseStage[] getStages() {
        return CaseStage.values();
    }

    private org.nottspartners.portal.core.page.PagedRows<EarlyHelpCase> rows;

    /**
     * The team's cases for the chosen team and stage, a page at a time from the database, sorted and filtered there by
     * family name and reference (issue 14: tables that work on a council's 20,000 cases).
     */
    public org.nottspartners.portal.core.page.PagedRows<EarlyHelpCase> getRows() {
        if (rows == null) {
            CaseStage chosenStage = stageOrNull();
            String chosenTeam = blankToNull(team);
            rows = new org.nottspartners.portal.core.page.PagedRows<>() {
                @Override
                public int count(Request r) {
                    return queries.count(chosenStage, chosenTeam, r.filter("familyName"), r.filter("reference"));
                }

                @Override
                public List<EarlyHelpCase> load(Request r, int first, int max) {
                    return queries.page(chosenStage, chosenTeam, r.filter("familyName"), r.filter("reference"), r.sortField(),
                            r.ascending(), first, Math.min(max, 1_000));
                }

                @Override
                public String key(EarlyHelpCase c) {
                    return c.id().toString();
                }
            };
        }
        return rows;
    }

    /** Open cases by stage, with each bar's width as a share of the largest. */
    public List<Bar> getChart() {
        if (byStage == null) {
            byStage = queries.openByStage(blankToNull(team));
        }
        long most = Math.max(1, byStage.values().stream().mapToLong(Long::longValue).max().orElse(1));
        return byStage.entrySet().stream().map(e -> new Bar(e.getKey().label(), e.getValue(), (int) (100 * e.getValue() / most)))
                .toList();
    }

    /** One bar of the chart. */
    public record Bar(String label, long count, int percent) {
    }

    /** Early help's overdue clocks, by standard, for the chosen team (or all). */
    public List<Bar> getOverdue() {
        OffsetDateTime now = today.now();
        Map<String, Long> overdue = new java.util.TreeMap<>();
        for (ClockCount c : clocks.dashboard(now, java.util.Set.of(org.nottspartners.portal.earlyhelp.EarlyHelpModule.ID))) {
            if (c.standardId().startsWith("eh-") && (blankToNull(team) == null || team.equals(c.team()))) {
                overdue.merge(c.standardName(), c.overdue(), Long::sum);
            }
        }
        long most = Math.max(1, overdue.values().stream().mapToLong(Long::longValue).max().orElse(1));
        return overdue.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue(), (int) (100 * e.getValue() / most))).toList();
    }

    private CaseStage stageOrNull() {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        try {
            return CaseStage.valueOf(stage.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = blankToNull(team);
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = blankToNull(stage);
    }
}
