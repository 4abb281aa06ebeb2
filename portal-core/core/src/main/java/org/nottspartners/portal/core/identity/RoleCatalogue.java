package org.nottspartners.portal.core.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every role the portal knows: core's own and those the deployed modules declare. A token's role that is in no
 * declaration grants nothing (a module taken out of the EAR takes its roles with it). Two declarations of one token
 * name must agree on its kind and grants.
 */
public final class RoleCatalogue {

    private final Map<String, PortalRole> byName;

    private RoleCatalogue(Map<String, PortalRole> byName) {
        this.byName = byName;
    }

    /** Core's roles and these. */
    public static RoleCatalogue of(Collection<PortalRole> declared) {
        Map<String, PortalRole> byName = new LinkedHashMap<>();
        List<PortalRole> all = new ArrayList<>(PortalRole.CORE_ROLES);
        all.addAll(declared);
        for (PortalRole role : all) {
            if (role.kind() == null) {
                throw new IllegalStateException("The role " + role.tokenName() + " is a reference to another module's role,"
                        + " not a declaration: declare it with PortalRole.declare");
            }
            PortalRole before = byName.putIfAbsent(role.tokenName(), role);
            if (before != null && !before.sameDeclaration(role)) {
                throw new IllegalStateException("The role " + role.tokenName() + " is declared twice, differently: "
                        + before.kind() + " " + before.grants() + " and " + role.kind() + " " + role.grants());
            }
        }
        return new RoleCatalogue(Map.copyOf(byName));
    }

    public Optional<PortalRole> find(String tokenName) {
        return Optional.ofNullable(byName.get(tokenName));
    }

    /** Every role, by token name. */
    public List<PortalRole> all() {
        return byName.values().stream().sorted(Comparator.comparing(PortalRole::tokenName)).toList();
    }
}
