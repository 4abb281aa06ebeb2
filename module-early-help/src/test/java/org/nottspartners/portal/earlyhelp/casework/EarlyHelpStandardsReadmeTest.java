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
        org.nottspartners.portal.core.testing.ReadmeTables.check(Path.of("README.md"), StandardsTable.markdown(EarlyHelpStandards.ALL),
                StandardsTable.BEGIN, StandardsTable.END, "STANDARDS", "module-early-help/README.md's standards table");
    }
}
