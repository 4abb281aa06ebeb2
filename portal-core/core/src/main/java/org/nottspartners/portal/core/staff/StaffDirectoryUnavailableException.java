package org.nottspartners.portal.core.staff;

import org.nottspartners.portal.core.problem.ServiceUnavailableException;

/** The identity provider could not be asked who holds a role; answered 503, and nothing is saved. */
public class StaffDirectoryUnavailableException extends ServiceUnavailableException {

    public StaffDirectoryUnavailableException(Throwable cause) {
        super("The list of staff cannot be read", "The list of staff cannot be read just now, so nothing has been saved."
                + " Try again in a minute; if it goes on, tell the portal's support team.", cause);
    }
}
