package org.nottspartners.portal.core.casenote;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

/** The rules of case recording (RULES.md §2; 002 §9b-§9d). Plain Java. */
public final class CaseNoteRules {

    /** Working days allowed to record a note (002 §9b). */
    public static final int RECORD_WITHIN_WORKING_DAYS = 7;
    /** Where harm or risk is identified: by the end of the next working day (002 §9d). */
    public static final int RECORD_WITHIN_WORKING_DAYS_WHEN_AT_RISK = 1;
    /** After this a note cannot be edited, only amended. */
    public static final Duration EDIT_WINDOW = Duration.ofHours(24);

    private CaseNoteRules() {
    }

    /** The parts the note's type requires that are missing, by field, in the user's words. */
    public static List<Map.Entry<String, String>> missingParts(CaseNoteType type, CaseNoteContent c) {
        List<Map.Entry<String, String>> missing = new ArrayList<>();
        if (blank(c.summary())) {
            missing.add(Map.entry("summary", "Write what happened"));
        }
        if (type.isDirectSession()) {
            require(missing, c.who(), "who", "Say WHO was there");
            require(missing, c.aim(), "aim", "Say what the AIM of the session was");
            require(missing, c.method(), "method", "Say what METHOD you used");
            require(missing, c.outcome(), "outcome", "Say what the OUTCOME was");
            require(missing, c.actions(), "actions", "List the ACTIONS agreed, or say there are none");
        }
        if (type == CaseNoteType.TELEPHONE_CALL) {
            require(missing, c.callerNumber(), "callerNumber", "Enter the telephone number");
            require(missing, c.callerName(), "callerName", "Enter the caller's name");
            require(missing, c.callerRole(), "callerRole", "Enter the caller's role");
            require(missing, c.callPurpose(), "callPurpose", "Say what the call was about");
        }
        return missing;
    }

    /** The last day a note of an event may be recorded on time. */
    public static LocalDate recordBy(LocalDate eventDate, boolean riskIdentified, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(eventDate,
                riskIdentified ? RECORD_WITHIN_WORKING_DAYS_WHEN_AT_RISK : RECORD_WITHIN_WORKING_DAYS);
    }

    public static boolean isLate(LocalDate eventDate, LocalDate recordedOn, boolean riskIdentified, WorkingDayCalendar calendar) {
        return recordedOn.isAfter(recordBy(eventDate, riskIdentified, calendar));
    }

    /** Whether a note recorded at {@code recordedAt} can still be edited at {@code now}. */
    public static boolean canStillEdit(OffsetDateTime recordedAt, OffsetDateTime now) {
        return !now.isAfter(recordedAt.plus(EDIT_WINDOW));
    }

    private static void require(List<Map.Entry<String, String>> missing, String value, String field, String message) {
        if (blank(value)) {
            missing.add(Map.entry(field, message));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
