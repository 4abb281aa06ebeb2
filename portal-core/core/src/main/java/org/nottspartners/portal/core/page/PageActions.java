package org.nottspartners.portal.core.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.ServiceUnavailableException;

/**
 * Runs a step a user took on a page, and shows why it was refused if it was: the page's twin of the API's problem
 * answers. A module's page writes {@code switch (PageActions.run(step, "this case", formId))} instead of its own
 * catch blocks.
 */
public final class PageActions {

    /** How a step ended. */
    public enum Outcome {
        /** It was done. */
        DONE,
        /** It was refused (bad input, not allowed, not found); the messages say why; nothing was saved. */
        REFUSED,
        /** Someone else changed the record first; nothing was saved, and the page should read it again. */
        STALE
    }

    private PageActions() {
    }

    /**
     * Runs {@code step}. Refused fields are shown against their inputs on {@code formId} (or in the summary when
     * {@code formId} is null); other refusals in the summary; a change someone else made first is named as a
     * change to {@code what} ("this case").
     */
    public static Outcome run(Runnable step, String what, String formId) {
        try {
            step.run();
            return Outcome.DONE;
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> {
                if (formId == null) {
                    error(err.message());
                } else {
                    fieldError(formId + ":" + err.field(), err.message());
                }
            });
        } catch (ActionRefusedException | RecordNotFoundException | ServiceUnavailableException
                | org.nottspartners.portal.core.problem.NotAllowedException
                | org.nottspartners.portal.core.persistence.TooLargeException e) {
            error(e.getMessage());
        } catch (StaleRecordException | OptimisticLockException e) {
            error("Someone else changed " + what + " while you were working on it. Nothing you entered has been saved."
                    + " The page now shows it as it is; check it and try again if still needed.");
            return Outcome.STALE;
        }
        return Outcome.REFUSED;
    }

    /** A message in the page's error summary. */
    /**
     * Sends a file to the browser as a download in answer to a page's button (a letter's PDF, a report's spreadsheet),
     * ending the page's response.
     */
    public static void download(byte[] content, String contentType, String fileName) throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"");
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
    }

    /**
     * A whole number the page's form sent in a request parameter (the {@code version} of the record it shows), or null when
     * it is missing or not a number: the service then refuses the step in words (never a 500, never a guess).
     */
    public static Long numberParameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public static void error(String message) {
        add(null, FacesMessage.SEVERITY_ERROR, message);
    }

    /** A message against one input ({@code form:field}) that the error summary links to. */
    public static void fieldError(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /** Each field the core refused, against its input on the form {@code formId}. */
    public static void show(String formId, InvalidInputException e) {
        e.errors().forEach(err -> fieldError(formId + ":" + err.field(), err.message()));
    }

    /** A confirmation at the top of the page. */
    public static void info(String message) {
        add(null, FacesMessage.SEVERITY_INFO, message);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, message));
    }
}
