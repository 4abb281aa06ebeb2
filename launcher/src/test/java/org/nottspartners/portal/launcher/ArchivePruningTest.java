package org.nottspartners.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write-ahead log archive pruned to what the oldest kept base backup needs (issue 27 §5), as {@code pg_archivecleanup}
 * does: every segment from the backup's start on is kept, whatever its timeline, and timeline histories always.
 */
class ArchivePruningTest {

    /** A label as PostgreSQL 17's {@code pg_backup_stop} writes it (the drill's own, abridged). */
    private static final String LABEL = """
            START WAL LOCATION: 0/5000028 (file 000000010000000000000005)
            CHECKPOINT LOCATION: 0/5000060
            BACKUP METHOD: streamed
            BACKUP FROM: primary
            START TIME: 2026-12-07 06:40:12 UTC
            LABEL: portal 2026-12-07T06:40:12Z
            START TIMELINE: 1
            """;

    @Test
    void theSegmentsBeforeTheBackupsStartGoAndEverythingItNeedsStays(@TempDir Path dir) throws IOException {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Path backup = Files.createDirectories(dir.resolve("backup"));
        Files.writeString(backup.resolve(PortalBackup.LABEL), LABEL);
        List<String> files = List.of("000000010000000000000003", "000000010000000000000004", "000000010000000000000004.partial",
                "000000010000000000000002.00000028.backup", "000000010000000000000005", "000000010000000000000005.00000028.backup",
                "000000010000000000000006", "000000020000000000000007", "00000002.history", "000000010000000000000004.part", "notes.txt");
        for (String f : files) {
            Files.writeString(archive.resolve(f), "");
        }

        assertThat(PortalBackup.pruneArchive(archive, backup)).isEqualTo(4);

        try (var left = Files.list(archive)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly("000000010000000000000004.part",
                    "000000010000000000000005", "000000010000000000000005.00000028.backup", "000000010000000000000006",
                    "00000002.history", "000000020000000000000007", "notes.txt");
        }
    }

    @Test
    void aSegmentOfAnotherTimelineIsJudgedByItsPlaceInTheLogAlone() {
        assertThat(PortalBackup.olderThan("000000020000000000000004", "000000010000000000000005")).isTrue();
        assertThat(PortalBackup.olderThan("000000010000000100000000", "000000020000000000000005")).isFalse();
        assertThat(PortalBackup.olderThan("000000010000000000000005", "000000010000000000000005")).isFalse();
    }

    @Test
    void aFileThatIsNotABackupLabelPrunesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PortalBackup.LABEL), "LABEL: something else\n");
        assertThatThrownBy(() -> PortalBackup.pruneArchive(dir, dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("START WAL LOCATION");
    }
}
