package org.nottspartners.portal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityMappingValidatorTest {

    @Test
    void reportsAMissingColumnAndAMistypedOne() throws Exception {
        try (MigratedDatabase db = MigratedDatabase.withChangelogs()) {
            assertThat(EntityMappingValidator.validate("mismapped-for-test", db))
                    .contains("MisMappedTenant: column core_tenant.nickname does not exist",
                            "MisMappedTenant: column core_tenant.name is character varying but is mapped to Long");
        }
    }
}
