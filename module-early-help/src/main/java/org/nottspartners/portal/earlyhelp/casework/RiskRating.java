package org.nottspartners.portal.earlyhelp.casework;

/** The red-amber-green risk rating a team gives a case it cannot allocate at once (002 §3a2). */
public enum RiskRating {
    RED, AMBER, GREEN
}
