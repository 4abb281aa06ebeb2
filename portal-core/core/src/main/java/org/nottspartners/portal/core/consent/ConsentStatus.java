package org.nottspartners.portal.core.consent;

/** Where a person's consent stands for a purpose. */
public enum ConsentStatus {
    GIVEN, DECLINED, WITHDRAWN
}
