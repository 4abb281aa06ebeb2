package org.nottspartners.portal.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A quality standard as a council set it from a given day (RULES.md §0: every number is tenant
 * configuration with an effective date). The version stays in force until a later version of the
 * same standard takes effect; clocks started while it was in force keep its timescale.
 *
 * @param effectiveFrom the first day this version applies to clocks starting that day
 * @param standard the standard, with the timescale in force from that day
 */
public record StandardVersion(LocalDate effectiveFrom, QualityStandard standard) {

    /** Checks that both parts are present. */
    public StandardVersion {
        Objects.requireNonNull(effectiveFrom, "A version of a quality standard needs the day it takes effect");
        Objects.requireNonNull(standard, "A version needs the quality standard it sets");
    }

    /** The id of the standard this version sets. */
    public String standardId() {
        return standard.id();
    }
}
