package org.nottspartners.portal.earlyhelp.referral;

import java.util.Collection;
import java.util.List;

/**
 * Stops an early help referral that must go to children's social care now (001 L1162, L1226-1238; RULES.md
 * §3): the indicators the referrer ticked that apply to the index child at their age.
 */
public final class SocialCareCheck {

    private SocialCareCheck() {
    }

    /**
     * @param age the index child's age: unborn, in whole years, or unknown
     * @return the indicators that send the referral to social care instead, in the order listed; empty if none
     */
    public static List<SocialCareIndicator> stoppingIndicators(Collection<SocialCareIndicator> ticked, ChildAge age) {
        return ticked.stream().distinct().filter(i -> i.appliesAt(age)).sorted().toList();
    }
}
