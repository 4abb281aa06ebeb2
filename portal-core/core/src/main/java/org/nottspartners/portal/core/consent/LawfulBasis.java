package org.nottspartners.portal.core.consent;

/** Why information may be shared without consent (001 L2222-2232; RULES.md §2). */
public enum LawfulBasis {
    RISK_OF_SIGNIFICANT_HARM, PUBLIC_INTEREST
}
