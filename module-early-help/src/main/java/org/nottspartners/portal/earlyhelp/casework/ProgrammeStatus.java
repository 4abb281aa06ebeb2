package org.nottspartners.portal.earlyhelp.casework;

/** The family programme (Troubled / Supporting Families) status recorded at closure (002 §3g5, §13d). */
public enum ProgrammeStatus {
    NOT_ELIGIBLE, READY_FOR_CLAIM, REQUIRES_MONITORING, NO_CLAIM_POSSIBLE
}
