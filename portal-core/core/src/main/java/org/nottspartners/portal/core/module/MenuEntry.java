package org.nottspartners.portal.core.module;

import java.util.Objects;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * One link in the portal's menu.
 *
 * @param label what the user reads
 * @param page  the page, relative to the module's folder of pages (e.g. {@code index.xhtml})
 * @param shownTo the roles that see the entry
 */
public record MenuEntry(String label, String page, Set<PortalRole> shownTo) {

    public MenuEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(page, "page");
        shownTo = Set.copyOf(shownTo);
        if (shownTo.isEmpty()) {
            throw new IllegalArgumentException("A menu entry must name the roles that see it: " + label);
        }
    }

    public boolean isShownToAnyOf(Set<PortalRole> roles) {
        return roles.stream().anyMatch(shownTo::contains);
    }
}
