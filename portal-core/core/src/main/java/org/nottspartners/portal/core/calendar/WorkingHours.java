package org.nottspartners.portal.core.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * How hours are counted when a timescale is given in hours (RULES.md §3): either every hour of
 * every day ("within 24 hours", "within 72 hours of their return") or only office hours on working
 * days.
 */
public sealed interface WorkingHours permits WorkingHours.AroundTheClock, WorkingHours.OfficeHours {

    /** Every hour counts, nights, weekends and bank holidays included: real elapsed time. */
    WorkingHours AROUND_THE_CLOCK = new AroundTheClock();

    /** Office hours of 09:00 to 17:00 on working days. */
    WorkingHours NINE_TO_FIVE = new OfficeHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    /**
     * Every hour counts: 24 hours from 10:00 on a Friday is 10:00 on the Saturday. Used for the
     * urgent-screening and missing-from-home timescales in 002 §3a2 and §3b1.
     */
    record AroundTheClock() implements WorkingHours {
    }

    /**
     * Only the hours between {@code opens} and {@code closes} on working days count.
     *
     * @param opens the time the office opens
     * @param closes the time the office closes, later the same day
     */
    record OfficeHours(LocalTime opens, LocalTime closes) implements WorkingHours {

        /** Checks that the office opens before it closes on the same day. */
        public OfficeHours {
            Objects.requireNonNull(opens, "Office hours need an opening time");
            Objects.requireNonNull(closes, "Office hours need a closing time");
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("Office hours must open (" + opens
                        + ") before they close (" + closes + ") on the same day");
            }
        }
    }
}
