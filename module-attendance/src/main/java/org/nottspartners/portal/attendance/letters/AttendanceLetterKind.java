package org.nottspartners.portal.attendance.letters;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nottspartners.portal.core.letters.LetterDefinition;

/** The kinds of letter the attendance service sends a parent, each with its shipped wording under {@code attendance/letters/}. */
public enum AttendanceLetterKind {
    PENALTY_NOTICE("penalty-notice", "Penalty notice"),
    NOTICE_TO_IMPROVE("notice-to-improve", "Notice to Improve"),
    NOTICE_TO_ATTEND("notice-to-attend", "Notice to Attend"),
    FORMAL_WARNING("formal-warning", "Formal Warning Letter"),
    COURT_ACTION("court-action", "Court Action Letter"),
    PARENTING_ORDER_WARNING("parenting-order-warning", "Parenting order: Warning Letter"),
    PARENTING_ORDER_BREACH("parenting-order-breach", "Parenting order: Breach Letter");

    /** The module's id (the descriptor's; this package may not depend on it). */
    static final String MODULE = "attendance";

    /** The values a letter is filled with; a council's wording may use any of them, and no other. */
    public static final Set<String> PLACEHOLDERS = Set.of("council", "reference", "parentName", "childName", "schoolName",
            "attendancePercent", "unauthorisedSessions", "windowFrom", "windowTo", "pounds", "reducedPounds", "reducedBy",
            "payableBy", "reduction", "periodEnds", "officerName", "breachDate");

    public static final List<LetterDefinition> ALL = Arrays.stream(values()).map(AttendanceLetterKind::definition).toList();

    private final String file;
    private final String label;

    AttendanceLetterKind(String file, String label) {
        this.file = file;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public LetterDefinition definition() {
        return new LetterDefinition(MODULE, name(), file, label, PLACEHOLDERS);
    }
}
