package org.nottspartners.portal.housing.web;

import jakarta.faces.context.FacesContext;
import java.util.UUID;

/** What a page's form sent: its hidden ids and versions (view parameters arrive later than actions need them). */
final class Sent {

    private Sent() {
    }

    static String text(String name) {
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return v == null || v.isBlank() ? null : v;
    }

    static UUID id(String name) {
        String v = text(name);
        try {
            return v == null ? null : UUID.fromString(v);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static Long version() {
        String v = text("version");
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
