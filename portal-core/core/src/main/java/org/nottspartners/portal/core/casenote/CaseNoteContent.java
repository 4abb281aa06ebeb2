package org.nottspartners.portal.core.casenote;

/**
 * What a case note says. Direct sessions fill WHO / AIM / METHOD / OUTCOME / ACTIONS (002 §9c);
 * telephone calls the caller's number, name, role and the purpose of the call (002 §9a).
 */
public record CaseNoteContent(String summary, String who, String aim, String method, String outcome, String actions,
        String callerNumber, String callerName, String callerRole, String callPurpose) {
}
