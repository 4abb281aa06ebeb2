package org.nottspartners.portal.core.calendar;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as council staff read it on a page: "Mon 2 Sep 2024 23:59", in England's time. */
public final class StaffTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    private StaffTime() {
    }

    /** The moment in England's time, or "" for none. */
    public static String format(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(WorkingDayCalendar.ENGLAND).format(FORMAT);
    }
}
