package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Keycloak in dev mode on loopback, from its Maven Central distribution, with the portal realm imported
 * from {@code keycloak/portal-realm.json}. Its own data (users registered, sessions) stays in its folder
 * until the realm file changes; then it is started afresh so that the new realm is imported.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "portal";

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KeycloakServer start(Path home, int httpPort, int managementPort, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kc)) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        byte[] realm;
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/portal-realm.json")) {
            realm = in.readAllBytes();
        }
        Path imported = imports.resolve("portal-realm.json");
        if (Files.exists(imported) && !Arrays.equals(Files.readAllBytes(imported), realm)) {
            // Keycloak skips the import of a realm it already has: start its own database afresh
            deleteTree(home.resolve("data/h2"));
        }
        Files.write(imported, realm);
        String origin = "http://127.0.0.1:" + httpPort;
        ProcessBuilder pb = new ProcessBuilder(List.of(kc.toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + httpPort, "--hostname=" + origin,
                "--http-management-port=" + managementPort, "--health-enabled=true"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        pb.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        KeycloakServer server = new KeycloakServer(pb.start(), httpPort);
        server.awaitReady(timeout, log);
        return server;
    }

    private void awaitReady(Duration timeout, Path log) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not become ready within " + timeout + "; see " + log);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The issuer of the portal realm's tokens. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        ProcessTrees.stop(process, Duration.ofSeconds(20));
    }
}
