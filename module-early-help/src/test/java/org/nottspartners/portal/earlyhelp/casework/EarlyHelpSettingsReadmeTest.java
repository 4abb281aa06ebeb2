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
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String table = SettingsTable.markdown(EarlyHelpSettings.ALL);
        if (Boolean.getBoolean("readme.write")) {
            String rewritten = readme.contains(SettingsTable.BEGIN)
                    ? readme.substring(0, readme.indexOf(SettingsTable.BEGIN)) + table
                            + readme.substring(readme.indexOf(SettingsTable.END) + SettingsTable.END.length() + 1)
                    : readme.replace("TABLE\n", table);
            Files.writeString(README, rewritten, StandardCharsets.UTF_8);
            readme = rewritten;
        }
        assertThat(readme).as("module-early-help/README.md's settings table (rewrite with -Dreadme.write=true)").contains(table);
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
