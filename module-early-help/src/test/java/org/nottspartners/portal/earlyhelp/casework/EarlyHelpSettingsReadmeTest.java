package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.settings.SettingsTable;

/**
 * The module README's settings table is generated from {@link EarlyHelpSettings}, so what it tells an
 * administrator is what the code reads. {@code -Dreadme.write=true} rewrites the table.
 */
class EarlyHelpSettingsReadmeTest {

    private static final Path README = Path.of("README.md");

    @Test
    void theReadmeListsExactlyTheSettingsTheModuleReads() throws IOException {
        org.nottspartners.portal.core.testing.ReadmeTables.check(README, SettingsTable.markdown(EarlyHelpSettings.ALL),
                SettingsTable.BEGIN, SettingsTable.END, "TABLE", "module-early-help/README.md's settings table");
    }

    @Test
    void everySettingIsEarlyHelpsOwnAndCitesItsRule() {
        assertThat(EarlyHelpSettings.ALL).allSatisfy(s -> {
            assertThat(s.key()).startsWith("early-help.");
            assertThat(s.rule()).containsAnyOf("RULES.md", "00");
            assertThat(s.meaning()).isNotBlank();
        });
    }
}
