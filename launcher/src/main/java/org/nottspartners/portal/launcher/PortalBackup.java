package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A backup of the portal's database while it runs, and its restore, with PostgreSQL's own continuous archiving (issue 27
 * §5): a base backup of the data directory taken between {@code pg_backup_start} and {@code pg_backup_stop} (what
 * {@code pg_basebackup} does), plus every write-ahead log segment the server archives ({@link PortalDatabase} with an
 * archive). Restored, the server replays the archived log to the last change archived, so that a backup taken at night
 * restores the day's work too. On a council's server with PostgreSQL's client tools of the server's own version,
 * {@code pg_basebackup} does the first part; here the embedded server has no client tools beside it, and Debian's
 * (version 15) refuse a newer server, so the same steps are taken through SQL and {@code tar}.
 */
final class PortalBackup {

    /** What a base backup holds: the data directory's files, and the label PostgreSQL gave it at its end. */
    static final String BASE = "base.tar.gz";
    static final String LABEL = "backup_label";
    static final String TABLESPACE_MAP = "tablespace_map";

    /** Files of a running server that a backup leaves out (PostgreSQL's documentation, "Making a Base Backup"). */
    private static final List<String> LEFT_OUT = List.of("./pg_wal/*", "./postmaster.pid", "./postmaster.opts", "./epg-lock",
            "./pg_replslot/*", "./pg_dynshmem/*", "./pg_notify/*", "./pg_serial/*", "./pg_snapshots/*", "./pg_stat_tmp/*",
            "./pg_subtrans/*", "pgsql_tmp*", "./" + LABEL, "./" + TABLESPACE_MAP, "./recovery.signal", "./standby.signal");

    private PortalBackup() {
    }

    /**
     * Takes a base backup of the running server into {@code into} (a new folder): {@code pg_backup_start}, a tar of the
     * data directory, {@code pg_backup_stop} waiting until the log it needs is archived, and the backup's label.
     *
     * @param superuser a connection to the server as its superuser, held for the whole backup (the backup is this session's)
     * @return the log position at which the backup is consistent
     */
    static String take(Connection superuser, Path dataDirectory, Path into) throws IOException, SQLException, InterruptedException {
        Files.createDirectories(into);
        try (Statement s = superuser.createStatement()) {
            s.execute("select pg_backup_start('portal " + java.time.Instant.now() + "', true)");
            List<String> tar = new ArrayList<>(List.of("tar", "-czf", into.resolve(BASE).toString(), "-C", dataDirectory.toString()));
            LEFT_OUT.forEach(p -> tar.add("--exclude=" + p));
            tar.add(".");
            Path log = into.resolve("tar.log");
            Process p = new ProcessBuilder(tar).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                s.execute("select pg_backup_stop(false)");
                throw new IllegalStateException("tar did not finish the base backup in 30 minutes");
            }
            String said = Files.readString(log);
            // 1: files changed or went while they were read, which a running server's do; the log replay puts them right
            if (p.exitValue() > 1) {
                s.execute("select pg_backup_stop(false)");
                throw new IllegalStateException("tar could not copy the data directory: " + said);
            }
            try (ResultSet rs = s.executeQuery("select lsn, labelfile, spcmapfile from pg_backup_stop(true)")) {
                rs.next();
                Files.writeString(into.resolve(LABEL), rs.getString(2));
                Files.writeString(into.resolve(TABLESPACE_MAP), rs.getString(3) == null ? "" : rs.getString(3));
                return rs.getString(1);
            }
        }
    }

    /** Closes the current log segment and waits until it is archived, so that a restore has every change committed so far. */
    static void archiveNow(Connection superuser) throws SQLException, InterruptedException {
        try (Statement s = superuser.createStatement()) {
            String segment;
            try (ResultSet rs = s.executeQuery("select pg_walfile_name(pg_switch_wal())")) {
                rs.next();
                segment = rs.getString(1);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            try (var archived = superuser.prepareStatement("select coalesce(last_archived_wal, '') >= ? from pg_stat_archiver")) {
                archived.setString(1, segment);
                while (true) {
                    try (ResultSet rs = archived.executeQuery()) {
                        if (rs.next() && rs.getBoolean(1)) {
                            return;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("PostgreSQL had not archived log segment " + segment + " after 2 minutes");
                    }
                    Thread.sleep(100);
                }
            }
        }
    }

    /**
     * Deletes from the archive the log segments a restore of this base backup (or of any later one) never reads: those
     * before the segment its label starts at, as {@code pg_archivecleanup} does with a backup's history file. A council
     * runs it on the oldest base backup it keeps, so the archive holds only what its backups need.
     *
     * @return how many files were deleted
     */
    static int pruneArchive(Path walArchive, Path backup) throws IOException {
        String first = startSegment(Files.readString(backup.resolve(LABEL)));
        int deleted = 0;
        try (var files = Files.list(walArchive)) {
            for (Path f : files.toList()) {
                if (olderThan(f.getFileName().toString(), first)) {
                    Files.delete(f);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static final java.util.regex.Pattern START = java.util.regex.Pattern.compile(
            "^START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)$", java.util.regex.Pattern.MULTILINE);

    /** The segment a backup's label starts at ({@code START WAL LOCATION: 0/5000028 (file 000000010000000000000005)}). */
    static String startSegment(String label) {
        java.util.regex.Matcher m = START.matcher(label);
        if (!m.find()) {
            throw new IllegalArgumentException("Not a backup label (no START WAL LOCATION): " + label);
        }
        return m.group(1);
    }

    /**
     * Whether an archived file is a log segment (whole, {@code .partial}, or a backup's {@code .backup} history) from
     * before {@code first}; compared without the timeline (the first 8 digits), as {@code pg_archivecleanup} does, so a
     * restore's new timeline does not keep the old one's segments. Timeline histories ({@code .history}) are kept.
     */
    static boolean olderThan(String file, String first) {
        if (!file.matches("[0-9A-F]{24}(\\.partial|\\.[0-9A-F]{8}\\.backup)?")) {
            return false;
        }
        return file.substring(8, 24).compareTo(first.substring(8)) < 0;
    }

    /**
     * Lays a base backup out in an empty folder to be started as a server that recovers it: the files, the backup's
     * label, an empty log folder, the archive to replay from ({@code restore_command}) and {@code recovery.signal}.
     * The server then replays every archived segment and starts a new timeline of its own.
     */
    static void restore(Path backup, Path walArchive, Path emptyDataDirectory) throws IOException, InterruptedException {
        if (Files.exists(emptyDataDirectory)) {
            try (var entries = Files.list(emptyDataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("A backup is restored into an empty folder only: " + emptyDataDirectory);
                }
            }
        }
        Files.createDirectories(emptyDataDirectory);
        Process p = new ProcessBuilder("tar", "-xzf", backup.resolve(BASE).toString(), "-C", emptyDataDirectory.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("tar could not unpack the base backup: " + said);
        }
        Files.copy(backup.resolve(LABEL), emptyDataDirectory.resolve(LABEL));
        if (Files.size(backup.resolve(TABLESPACE_MAP)) > 0) {
            Files.copy(backup.resolve(TABLESPACE_MAP), emptyDataDirectory.resolve(TABLESPACE_MAP));
        }
        Files.createDirectories(emptyDataDirectory.resolve("pg_wal/archive_status"));
        String archive = walArchive.toAbsolutePath().toString();
        Files.writeString(emptyDataDirectory.resolve("postgresql.auto.conf"), "\n# restored from " + backup.toAbsolutePath()
                + "\nrestore_command = 'cp \"" + archive + "/%f\" \"%p\"'\n"
                // the restored server archives to an archive of its own (PortalDatabase sets it), never into the one it came from
                + "archive_command = ''\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(emptyDataDirectory.resolve("recovery.signal"), "");
        // the files a server keeps private (PostgreSQL refuses a data directory others can read)
        new ProcessBuilder("chmod", "-R", "go-rwx", emptyDataDirectory.toString()).start().waitFor();
    }
}
