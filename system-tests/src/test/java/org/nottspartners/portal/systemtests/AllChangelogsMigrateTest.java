package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.module.ModuleGraph;
import org.nottspartners.portal.core.module.PortalModule;
import org.nottspartners.portal.core.testing.EntityMappingValidator;
import org.nottspartners.portal.core.testing.MigratedDatabase;

/**
 * An empty PostgreSQL migrated by core's changelog and every module's, in the order the portal uses,
 * then every entity mapping checked against the result (STYLE.md §9).
 */
class AllChangelogsMigrateTest {

    @Test
    void everyChangelogAppliesAndEveryEntityMatchesTheSchema() throws Exception {
        List<PortalModule> modules = ModuleGraph.of(PortalClasses.moduleDescriptors()).inDependencyOrder();
        assertThat(modules).hasSize(5);

        try (MigratedDatabase db = MigratedDatabase.withChangelogs(
                modules.stream().map(PortalModule::changelog).toArray(String[]::new))) {
            assertThat(EntityMappingValidator.validate("portal", db)).isEmpty();
        }
    }
}
