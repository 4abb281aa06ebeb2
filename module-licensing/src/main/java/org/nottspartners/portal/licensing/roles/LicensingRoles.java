package org.nottspartners.portal.licensing.roles;

import java.util.List;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.PortalRole.Kind;

/** Licensing's own role, declared by its descriptor: the council's licensing officers (RULES.md §2, council staff). */
public final class LicensingRoles {

    /** The token names, for access annotations. */
    public static final class Names {
        public static final String LICENSING_OFFICER = "licensing-officer";

        private Names() {
        }
    }

    public static final PortalRole LICENSING_OFFICER = PortalRole.declare(Names.LICENSING_OFFICER, "Licensing officer",
            Kind.COUNCIL_STAFF);

    /** The roles the module declares. */
    public static final List<PortalRole> ALL = List.of(LICENSING_OFFICER);

    private LicensingRoles() {
    }
}
