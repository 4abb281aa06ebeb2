package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.earlyhelp.referral.SocialCareIndicator;

/** The concerns must go to children's social care now, not to early help (001 L1162, L1226-1238). */
public class SocialCareRequiredException extends ActionRefusedException {

    private final List<SocialCareIndicator> indicators;

    public SocialCareRequiredException(List<SocialCareIndicator> indicators, String frontDoor) {
        super("Contact the front door now", "This is not an early help referral: " + String.join("; ",
                indicators.stream().map(SocialCareIndicator::words).toList()) + ". " + frontDoor
                + " Nothing has been saved.");
        this.indicators = indicators;
    }

    public List<SocialCareIndicator> indicators() {
        return indicators;
    }
}
