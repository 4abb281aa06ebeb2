package org.nottspartners.portal.core.tenancy;

/** A module cannot be switched on or off because of the modules it requires or that require it. */
public class ModuleSwitchRefusedException extends RuntimeException {

    public ModuleSwitchRefusedException(String message) {
        super(message);
    }
}
