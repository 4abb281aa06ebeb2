package org.nottspartners.portal.core.casenote;

import org.nottspartners.portal.core.problem.ActionRefusedException;

/** A case note that can no longer be edited by this user; an amendment is the way to correct it. */
public class CaseNoteLockedException extends ActionRefusedException {

    public CaseNoteLockedException(String message) {
        super(message);
    }
}
