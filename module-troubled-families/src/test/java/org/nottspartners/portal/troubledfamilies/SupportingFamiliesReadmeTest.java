package org.nottspartners.portal.troubledfamilies;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.settings.SettingsTable;
import org.nottspartners.portal.core.testing.ReadmeTables;
import org.nottspartners.portal.troubledfamilies.rules.SupportingFamiliesSettings;

/** The module README's settings table is generated from {@link SupportingFamiliesSettings}: {@code -Dreadme.write=true} rewrites it. */
class SupportingFamiliesReadmeTest {

    @Test
    void theReadmeListsExactlyTheSettingsTheModuleReads() throws IOException {
        ReadmeTables.check(Path.of("README.md"), SettingsTable.markdown(SupportingFamiliesSettings.ALL), SettingsTable.BEGIN,
                SettingsTable.END, "TABLE", "module-troubled-families/README.md's settings table");
    }
}
