package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.earlyhelp.casework.CaseQueries;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;

/** The referrals the signed-in partner made, with where each has got to and its outcome. */
@Named("myReferrals")
@RequestScoped
public class MyReferralsPage {

    @Inject
    CaseQueries queries;

    private List<EarlyHelpCase> referrals;

    public List<EarlyHelpCase> getReferrals() {
        if (referrals == null) {
            referrals = queries.referralsByCaller(100);
        }
        return referrals;
    }
}
