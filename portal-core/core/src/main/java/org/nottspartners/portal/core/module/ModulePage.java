package org.nottspartners.portal.core.module;

import java.util.Objects;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * One of a module's pages and the roles that may open it.
 *
 * @param page  the file name under the module's folder: {@code case.xhtml}
 * @param roles who may open it
 */
public record ModulePage(String page, Set<PortalRole> roles) {

    public ModulePage {
        Objects.requireNonNull(page, "page");
        roles = Set.copyOf(roles);
        if (!page.matches("[a-z0-9-]+\\.xhtml")) {
            throw new IllegalArgumentException("A page is a file name like case.xhtml: " + page);
        }
    }

    /** The same roles for several pages. */
    public static java.util.List<ModulePage> each(Set<PortalRole> roles, String... pages) {
        return java.util.Arrays.stream(pages).map(p -> new ModulePage(p, roles)).toList();
    }
}
