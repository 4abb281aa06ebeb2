package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.StandardsTable;

/** The module README's standards table is generated from the standards the portal times. */
class EarlyHelpStandardsReadmeTest {

    @Test
    void theReadmeListsExactlyTheStandardsThePortalTimes() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String table = StandardsTable.markdown(EarlyHelpStandards.ALL);
        if (Boolean.getBoolean("readme.write")) {
            text = text.contains(StandardsTable.BEGIN)
                    ? text.substring(0, text.indexOf(StandardsTable.BEGIN)) + table
                            + text.substring(text.indexOf(StandardsTable.END) + StandardsTable.END.length() + 1)
                    : text.replace("STANDARDS\n", table);
            Files.writeString(readme, text, StandardCharsets.UTF_8);
        }
        assertThat(text).as("module-early-help/README.md's standards table (rewrite with -Dreadme.write=true)").contains(table);
    }
}
