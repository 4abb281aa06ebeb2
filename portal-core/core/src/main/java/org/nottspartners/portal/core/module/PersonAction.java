package org.nottspartners.portal.core.module;

import java.util.Objects;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * Something a module lets a user do with a person a search found, without opening the person's record (a partner
 * refers a child they may not open: RULES.md §2). The find page offers it beside each match.
 *
 * @param label     what the user reads ({@code Refer this child for early help})
 * @param page      the module's page, relative to its folder ({@code refer.xhtml})
 * @param parameter the request parameter that carries the person's identifier ({@code child})
 * @param shownTo   the roles offered it
 */
public record PersonAction(String label, String page, String parameter, Set<PortalRole> shownTo) {

    public PersonAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(parameter, "parameter");
        shownTo = Set.copyOf(shownTo);
    }
}
