package org.nottspartners.portal.licensing;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.licensing.rules.LicensingSettings;
import org.nottspartners.portal.core.settings.SettingsTable;
import org.nottspartners.portal.core.testing.ReadmeTables;

/** The module README's settings table is generated from {@link LicensingSettings}: {@code -Dreadme.write=true} rewrites it. */
class LicensingReadmeTest {

    @Test
    void theReadmeListsExactlyTheSettingsTheModuleReads() throws IOException {
        ReadmeTables.check(Path.of("README.md"), SettingsTable.markdown(LicensingSettings.ALL), SettingsTable.BEGIN,
                SettingsTable.END, "TABLE", "module-licensing/README.md's settings table");
    }
}
