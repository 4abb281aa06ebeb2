package org.nottspartners.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** Error messages shown beside fields and in the page's error summary. */
final class Messages {

    private Messages() {
    }

    static void fieldError(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** Each field the core refused, against its input on the form {@code formId}. */
    static void show(String formId, InvalidInputException e) {
        e.errors().forEach(error -> fieldError(formId + ":" + error.field(), error.message()));
    }
}
