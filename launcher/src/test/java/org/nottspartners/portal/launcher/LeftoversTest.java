package org.nottspartners.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recognising the servers an earlier, killed run left behind, and only those. */
class LeftoversTest {

    @Test
    void aCommandLineMentionsAFolderOnlyByItsWholeName() {
        String folder = "/work/portal/.run/payara6";
        assertThat(Leftovers.mentions("java -cp /work/portal/.run/payara6/glassfish/modules/glassfish.jar", folder)).isTrue();
        assertThat(Leftovers.mentions("postgres -D /work/portal/.run/payara6 -p 5433", folder)).isTrue();
        assertThat(Leftovers.mentions("postgres -D /work/portal/.run/payara6", folder)).isTrue();
        assertThat(Leftovers.mentions("java -cp /work/portal/.run/payara6-copy/glassfish.jar", folder))
                .as("another folder whose name starts the same").isFalse();
        assertThat(Leftovers.mentions("java -cp /work/other/.run/payara6/glassfish.jar", folder)).isFalse();
    }

    @Test
    void aProcessRunningFromTheFolderIsFoundAndStoppedAndOthersAreNot(@TempDir Path runDir) throws Exception {
        Path postgresData = Files.createDirectories(runDir.resolve("postgres-data"));
        Path elsewhere = Files.createDirectories(runDir.resolve("postgres-data-elsewhere"));
        // stand-ins for a server left running: each names its folder on its command line, as the real ones do
        Process ours = new ProcessBuilder("tail", "-f", Files.createFile(postgresData.resolve("postmaster.log")).toString()).start();
        Process notOurs = new ProcessBuilder("tail", "-f", Files.createFile(elsewhere.resolve("postmaster.log")).toString()).start();
        try {
            assertThat(Leftovers.running(postgresData)).map(ProcessHandle::pid).contains(ours.pid());

            java.util.List<String> said = new java.util.ArrayList<>();
            int stopped = new Leftovers(runDir.resolve("payara6"), runDir.resolve("keycloak"), postgresData, said::add).stop();

            assertThat(stopped).isEqualTo(1);
            assertThat(ours.waitFor(10, TimeUnit.SECONDS)).as("the leftover was stopped").isTrue();
            assertThat(notOurs.isAlive()).as("a process of another folder is left alone").isTrue();
            assertThat(said).singleElement().asString().contains("PostgreSQL from an earlier run", Long.toString(ours.pid()));
            assertThat(new Leftovers(runDir.resolve("payara6"), runDir.resolve("keycloak"), postgresData, said::add).stop())
                    .as("nothing left the second time").isZero();
        } finally {
            ProcessTrees.stop(ours, Duration.ofSeconds(1));
            ProcessTrees.stop(notOurs, Duration.ofSeconds(1));
        }
    }
}
