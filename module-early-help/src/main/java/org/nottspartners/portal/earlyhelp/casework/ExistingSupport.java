package org.nottspartners.portal.earlyhelp.casework;

/** How much support the family already has from other services (002 §3a3: weighed against risk). */
public enum ExistingSupport {
    LOW, MEDIUM, HIGH
}
