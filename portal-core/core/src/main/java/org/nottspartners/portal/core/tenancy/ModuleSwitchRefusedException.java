package org.nottspartners.portal.core.tenancy;

import org.nottspartners.portal.core.problem.ActionRefusedException;

/** A module cannot be switched on or off because of the modules it requires or that require it. */
public class ModuleSwitchRefusedException extends ActionRefusedException {

    public ModuleSwitchRefusedException(String message) {
        super("The module cannot be switched", message);
    }
}
