package org.nottspartners.portal.core.testing;

import java.util.List;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.PortalModule;

/** Module descriptors for tests of the rules about modules. */
public final class TestModules {

    private TestModules() {
    }

    /** A module with an id and the modules it requires; its name is its id. */
    public static PortalModule module(String id, String... requires) {
        return new PortalModule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return id;
            }

            @Override
            public String description() {
                return id;
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Set<String> requiredModules() {
                return Set.of(requires);
            }

            @Override
            public String changelog() {
                return "db/changelog/" + id + "/changelog.xml";
            }

            @Override
            public Set<PortalRole> roles() {
                return Set.of(TestRoles.CASE_WORKER);
            }

            @Override
            public List<MenuEntry> menuEntries() {
                return List.of();
            }
        };
    }
}
