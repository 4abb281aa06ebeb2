package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Servers that an earlier run started and never stopped, because the process that started them was
 * killed before its shutdown hook could run (SIGKILL, out of memory, the session ended). They are
 * recognised by the folders they run from, which only this launcher uses: Payara by its home, Keycloak
 * by its home, PostgreSQL by its data folder. They are stopped cleanly, each the way it is meant to be
 * stopped: Payara with {@code asadmin stop-domain}, Keycloak with SIGTERM, PostgreSQL with SIGINT (its
 * "fast" shutdown, which ends open sessions and checkpoints). Anything else holding a port is left alone,
 * and {@link Ports#requireFree} then refuses to start.
 */
public final class Leftovers {

    private static final Duration GRACE = Duration.ofSeconds(60);

    private final Path payaraHome;
    private final Path keycloakHome;
    private final Path postgresData;
    private final Consumer<String> say;

    public Leftovers(Path payaraHome, Path keycloakHome, Path postgresData, Consumer<String> say) {
        this.payaraHome = payaraHome.toAbsolutePath().normalize();
        this.keycloakHome = keycloakHome.toAbsolutePath().normalize();
        this.postgresData = postgresData.toAbsolutePath().normalize();
        this.say = say;
    }

    /** Stops whatever an earlier run left running; answers how many servers it stopped. */
    public int stop() throws IOException, InterruptedException {
        int stopped = 0;
        Optional<ProcessHandle> payara = running(payaraHome);
        if (payara.isPresent()) {
            say.accept("Payara from an earlier run is still running (process " + payara.get().pid() + "): stopping it");
            stopPayara(payara.get());
            stopped++;
        }
        Optional<ProcessHandle> keycloak = running(keycloakHome);
        if (keycloak.isPresent()) {
            say.accept("Keycloak from an earlier run is still running (process " + keycloak.get().pid() + "): stopping it");
            signal(keycloak.get(), "TERM");
            stopped++;
        }
        Optional<ProcessHandle> postgres = running(postgresData);
        if (postgres.isPresent()) {
            say.accept("PostgreSQL from an earlier run is still running (process " + postgres.get().pid()
                    + "): stopping it (fast shutdown)");
            signal(postgres.get(), "INT");
            stopped++;
        }
        return stopped;
    }

    /**
     * The oldest live process whose command line names the folder: the server itself rather than a
     * helper it started (PostgreSQL's workers do not name their data folder; Keycloak's start script and
     * its JVM both name its home, and stopping the oldest stops both).
     */
    static Optional<ProcessHandle> running(Path folder) {
        String name = folder.toString();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> mentions(c, name)).orElse(false))
                .min((a, b) -> Long.compare(a.pid(), b.pid()));
    }

    /** Whether a command line names the folder itself or something inside it (not a sibling with a longer name). */
    static boolean mentions(String commandLine, String folder) {
        int at = commandLine.indexOf(folder);
        while (at >= 0) {
            int after = at + folder.length();
            if (after == commandLine.length() || "/ :\"'".indexOf(commandLine.charAt(after)) >= 0) {
                return true;
            }
            at = commandLine.indexOf(folder, after);
        }
        return false;
    }

    private void stopPayara(ProcessHandle server) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString()));
        command.addAll(PayaraDomain.adminOptions(payaraHome));
        command.addAll(List.of("stop-domain", PayaraDomain.DOMAIN));
        Process asadmin = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!asadmin.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
            asadmin.destroyForcibly();
        }
        awaitExit(server, "Payara");
    }

    private void signal(ProcessHandle process, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
        awaitExit(process, process.info().command().orElse("process " + process.pid()));
    }

    private void awaitExit(ProcessHandle process, String what) {
        List<ProcessHandle> helpers = process.descendants().toList();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notInTime) {
            say.accept(what + " did not stop within " + GRACE.toSeconds() + " s: ending it");
            ProcessTrees.stop(process, Duration.ofSeconds(5));
        }
        helpers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
    }
}
