package org.nottspartners.portal.licensing.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the rules write days and lengths of time for an applicant. */
final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Words() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "5 hours", "9 hours 30 minutes", "45 minutes". */
    static String length(Duration time) {
        long hours = time.toHours();
        long minutes = time.toMinutesPart();
        String h = hours == 1 ? "1 hour" : hours + " hours";
        String m = minutes == 1 ? "1 minute" : minutes + " minutes";
        return hours == 0 ? m : minutes == 0 ? h : h + " " + m;
    }
}
