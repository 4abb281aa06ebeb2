package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The page's messages as the GOV.UK Design System shows them: an error summary whose each line links to the field it is
 * about ({@code <field>:input}, the first input of the field's component), the message again above the field, and
 * confirmations in a notification banner.
 */
@Named
@RequestScoped
public class GovukErrors {

    /** One line of the error summary: the message and the id of the input it links to (none for the page as a whole). */
    public record Item(String message, String target) {
    }

    public boolean isAny() {
        return FacesContext.getCurrentInstance().getMessageList().stream()
                .anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR);
    }

    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> items = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (FacesMessage m : faces.getMessageList(id)) {
                if (m.getSeverity() == FacesMessage.SEVERITY_ERROR) {
                    items.add(new Item(m.getSummary(), id == null ? null : id + ":input"));
                }
            }
        }
        return items;
    }

    /** Confirmations ("Your answers have been saved"). */
    public List<String> getNotices() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_INFO).map(FacesMessage::getSummary).toList();
    }

    /**
     * The page's content-security nonce, sent back as {@code primefaces.nonce} by every public form: PrimeFaces checks it
     * on a postback, and the public's pages post as plain HTML forms, with no script to add it.
     */
    public String getNonce() {
        return org.primefaces.context.PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    /** The error against one field's component, or {@code null}. */
    public String of(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).stream()
                .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR).map(FacesMessage::getSummary).findFirst().orElse(null);
    }
}
