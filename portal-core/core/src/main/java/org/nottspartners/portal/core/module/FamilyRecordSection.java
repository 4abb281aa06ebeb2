package org.nottspartners.portal.core.module;

import java.util.Objects;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * A module's section on the family page: a title, the fragment that renders it, and who may see it.
 *
 * @param title    the section's heading
 * @param fragment the Facelets fragment (from the module's resources) that renders it
 * @param shownTo  the roles that see it
 */
public record FamilyRecordSection(String title, String fragment, Set<PortalRole> shownTo) {

    public FamilyRecordSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fragment, "fragment");
        shownTo = Set.copyOf(shownTo);
    }
}
