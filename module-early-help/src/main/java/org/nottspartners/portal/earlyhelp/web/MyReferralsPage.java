package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCases;

/** The referrals the signed-in partner made, with where each has got to and its outcome. */
@Named("myReferrals")
@RequestScoped
public class MyReferralsPage {

    @Inject
    EarlyHelpCases cases;

    private List<EarlyHelpCase> referrals;

    public List<EarlyHelpCase> getReferrals() {
        if (referrals == null) {
            referrals = cases.referralsByCaller(100);
        }
        return referrals;
    }
}
