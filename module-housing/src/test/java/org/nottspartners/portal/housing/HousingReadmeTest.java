package org.nottspartners.portal.housing;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.settings.SettingsTable;
import org.nottspartners.portal.core.testing.ReadmeTables;
import org.nottspartners.portal.housing.rules.HousingSettings;

/** The module README's settings table is generated from {@link HousingSettings}: {@code -Dreadme.write=true} rewrites it. */
class HousingReadmeTest {

    @Test
    void theReadmeListsExactlyTheSettingsTheModuleReads() throws IOException {
        ReadmeTables.check(Path.of("README.md"), SettingsTable.markdown(HousingSettings.ALL), SettingsTable.BEGIN,
                SettingsTable.END, "TABLE", "module-housing/README.md's settings table");
    }
}
