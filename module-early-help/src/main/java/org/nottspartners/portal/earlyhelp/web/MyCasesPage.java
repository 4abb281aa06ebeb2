package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.casework.CaseAccess;
import org.nottspartners.portal.earlyhelp.casework.CaseHolding;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpSettings;
import org.nottspartners.portal.earlyhelp.casework.TeamAroundTheChild;

/** A practitioner's own cases: those they lead, and those whose Team around the Child they are in (issue 23). */
@Named("myCases")
@RequestScoped
public class MyCasesPage {

    @Inject
    TeamAroundTheChild team;

    @Inject
    CurrentUser caller;

    @Inject
    TenantSettings settings;

    @Inject
    Today today;

    private List<EarlyHelpCase> cases;

    public List<EarlyHelpCase> getCases() {
        if (cases == null) {
            cases = team.mine();
        }
        return cases;
    }

    /** The caller's part in the case. */
    public String part(EarlyHelpCase c) {
        return caller.userName() != null && caller.userName().equalsIgnoreCase(c.leadProfessional()) ? "Lead professional"
                : CaseAccess.TEAM_AROUND_THE_CHILD;
    }

    /** Whether practitioners in this council start and hold CAFs (its setting). */
    public boolean isPractitionerCaf() {
        return settings.choice(EarlyHelpSettings.CASE_HOLDING, CaseHolding.class, today.date()) == CaseHolding.ANY_PRACTITIONER;
    }
}
