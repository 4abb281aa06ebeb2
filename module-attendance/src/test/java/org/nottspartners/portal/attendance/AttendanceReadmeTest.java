package org.nottspartners.portal.attendance;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.core.settings.SettingsTable;
import org.nottspartners.portal.core.testing.ReadmeTables;

/** The module README's settings table is generated from {@link AttendanceSettings}: {@code -Dreadme.write=true} rewrites it. */
class AttendanceReadmeTest {

    @Test
    void theReadmeListsExactlyTheSettingsTheModuleReads() throws IOException {
        ReadmeTables.check(Path.of("README.md"), SettingsTable.markdown(AttendanceSettings.ALL), SettingsTable.BEGIN,
                SettingsTable.END, "TABLE", "module-attendance/README.md's settings table");
    }
}
