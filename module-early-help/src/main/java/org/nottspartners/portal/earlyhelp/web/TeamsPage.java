package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.Team;

/**
 * The council administrator's page of the early help teams and how families and referrers reach each (the
 * letters give it, issue 22): one small form per team, saved from the version shown, as the API's
 * {@code PUT teams/{code}/contact}. Each form's fields are plain named inputs read from the request (one form per
 * team inside a repeat), so that only the team whose form was sent is touched.
 */
@Named("teamsPage")
@RequestScoped
public class TeamsPage {

    @Inject
    EarlyHelpSetup setup;

    private List<Team> teams;
    private final Map<String, String> contacts = new HashMap<>();

    public List<Team> getTeams() {
        if (teams == null) {
            teams = setup.teams();
            teams.forEach(t -> contacts.putIfAbsent(t.code(), t.contact().orElse("")));
        }
        return teams;
    }

    /** What each team's contact field holds, by team code: the recorded contact, or what was typed. */
    public Map<String, String> getContacts() {
        getTeams();
        return contacts;
    }

    /** A team's name by its code, for the confirmation; the code itself when there is no such team. */
    public String nameOf(String code) {
        return getTeams().stream().filter(t -> t.code().equals(code)).map(Team::name).findFirst().orElse(code);
    }

    /** Saves the contact of the team whose form was sent; back to this page saying so, or showing why not. */
    public String save() {
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String code = sent.get("teamCode");
        long version = parse(sent.get("teamVersion"));
        String contact = sent.get("teamContact");
        PageActions.Outcome outcome = PageActions.run(() -> setup.changeTeamContact(code, contact, version), "this team", null);
        if (outcome == PageActions.Outcome.DONE) {
            return "/early-help/teams?faces-redirect=true&saved=" + java.net.URLEncoder.encode(code,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        teams = null;
        contacts.put(code, contact); // what was typed stays on the form
        return null;
    }

    private static long parse(String version) {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
