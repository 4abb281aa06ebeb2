package org.nottspartners.portal.earlyhelp.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** Messages on the Early Help pages: each refused field against its input, others in the summary. */
final class PageMessages {

    private PageMessages() {
    }

    static void show(String formId, InvalidInputException e) {
        e.errors().forEach(err -> FacesContext.getCurrentInstance().addMessage(formId + ":" + err.field(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, err.message(), err.message())));
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }
}
