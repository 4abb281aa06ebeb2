package org.nottspartners.portal.core.module;

import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * A module's section on the family page: a title, the fragment that renders it, and who may see it.
 */
public interface FamilyRecordSection {

    String title();

    /** The Facelets fragment (from the module's resources) that renders the section. */
    String fragment();

    Set<PortalRole> shownTo();
}
