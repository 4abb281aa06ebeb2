package org.nottspartners.portal.earlyhelp.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.earlyhelp.referral.TeamKind;
import org.nottspartners.portal.earlyhelp.threshold.Team;

/**
 * A council's teams for a select, grouped by kind of team (early help, Children's Centres, NEET) as
 * {@code optgroup}s, so that a long list is read in parts (WCAG 1.3.1, H85; issue 21). Each option's value
 * is the team's code and its label the team's name; the groups follow {@link TeamKind}'s order, the teams
 * within a group their order in the council's data, and a kind without teams has no group.
 */
final class TeamChoices {

    private TeamChoices() {
    }

    static List<SelectItem> byKind(List<Team> teams) {
        Map<TeamKind, List<SelectItem>> byKind = new EnumMap<>(TeamKind.class);
        for (Team t : teams) {
            byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(new SelectItem(t.code(), t.name()));
        }
        List<SelectItem> groups = new ArrayList<>();
        byKind.forEach((kind, items) -> groups.add(new SelectItemGroup(kind.label(), null, false, items.toArray(SelectItem[]::new))));
        return groups;
    }
}
