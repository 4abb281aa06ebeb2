package org.nottspartners.portal.attendance.scan;

/** What the scan flags a pupil for. */
public enum FlagKind {
    PERSISTENT("persistently absent"),
    SEVERE("severely absent"),
    NOTICE_THRESHOLD("at the penalty-notice threshold"),
    MISSING_TRACE("missing education, to trace"),
    MISSING_OFF_ROLL("missing education long enough to consider taking off roll"),
    REFERRAL("to consider referring for case management");

    private final String words;

    FlagKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
