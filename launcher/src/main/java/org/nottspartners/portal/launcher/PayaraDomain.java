package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Server's {@code domain1}, started and stopped with asadmin, with the portal EAR deployed. */
public final class PayaraDomain implements AutoCloseable {

    public static final String DOMAIN = "domain1";
    public static final int HTTP_PORT = 8080;

    private final Path home;
    private final Path log;
    private final Map<String, String> environment;

    private PayaraDomain(Path home, Path log, Map<String, String> environment) {
        this.home = home;
        this.log = log;
        this.environment = environment;
    }

    /** Starts the domain with the environment the portal reads its settings from. */
    public static PayaraDomain start(Path home, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        PayaraDomain domain = new PayaraDomain(home, log, environment);
        domain.welcomeToThePortal();
        domain.asadmin(Duration.ofMinutes(3), "start-domain", DOMAIN);
        domain.protectAdministration();
        if (domain.configure()) {
            domain.asadmin(Duration.ofMinutes(3), "restart-domain", DOMAIN);
        }
        return domain;
    }

    /**
     * The server's own front page ({@code /}) sends the browser to the portal instead of showing Payara's welcome
     * page, which names the server and its version (issue 11).
     */
    private void welcomeToThePortal() throws IOException {
        Path docroot = home.resolve("glassfish/domains/" + DOMAIN + "/docroot");
        if (java.nio.file.Files.isDirectory(docroot)) {
            java.nio.file.Files.createDirectories(docroot.resolve("errors"));
            java.nio.file.Files.writeString(docroot.resolve("errors/error.html"), """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Not available - Children's services partner portal</title></head>
                    <body><h1>This address is not available</h1>
                    <p>There is nothing to show here. <a href="/portal/">Go to the children's services partner portal</a>.</p>
                    </body></html>
                    """);
            java.nio.file.Files.writeString(docroot.resolve("index.html"), """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Children's services partner portal</title>
                    <meta http-equiv="refresh" content="0; url=/portal/"></head>
                    <body><p><a href="/portal/">Go to the children's services partner portal</a></p></body></html>
                    """);
        }
    }

    /**
     * Where the domain keeps the administrator's password the launcher gave it: beside the domain's own
     * configuration, readable by this machine's user only, so that it goes with the domain when that is unpacked
     * afresh.
     */
    public Path adminPasswordFile() {
        return adminPasswordFile(home);
    }

    static Path adminPasswordFile(Path payaraHome) {
        return payaraHome.resolve("glassfish/domains/" + DOMAIN + "/config/portal-admin-password");
    }

    /**
     * The options every asadmin command needs once the domain has its password (asadmin's own
     * {@code --passwordfile}, which reads {@code AS_ADMIN_PASSWORD=} from the file); none before.
     */
    static List<String> adminOptions(Path payaraHome) {
        Path kept = adminPasswordFile(payaraHome);
        return Files.isRegularFile(kept) ? List.of("--user", "admin", "--passwordfile", kept.toString()) : List.of();
    }

    /**
     * Payara's administration (the console and its REST API on 4848) answers only to user {@code admin} with a
     * password made for this domain on its first start, instead of Payara's empty default (issue 11). The
     * launcher's own commands then give it from the file ({@link #adminOptions}).
     */
    private void protectAdministration() throws IOException, InterruptedException {
        Path kept = adminPasswordFile();
        if (Files.isRegularFile(kept)) {
            return;
        }
        // the new password is written down before the domain is given it, so that a crash in between cannot leave a
        // domain whose password nobody knows: a pending password the domain already has is adopted on the next start
        Path pending = kept.resolveSibling(kept.getFileName() + ".pending");
        if (Files.isRegularFile(pending) && answersTo(pending)) {
            Files.move(pending, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.deleteIfExists(pending);
        Files.writeString(Files.createFile(pending, OWNER_ONLY), "AS_ADMIN_PASSWORD=" + password + System.lineSeparator());
        Path change = Files.createTempFile(kept.getParent(), "change", ".txt", OWNER_ONLY);
        try {
            Files.writeString(change, "AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=" + password + "\n");
            asadmin(Duration.ofMinutes(1), "--user", "admin", "--passwordfile", change.toString(), "change-admin-password");
        } finally {
            Files.deleteIfExists(change);
        }
        Files.move(pending, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY = java.nio.file.attribute.PosixFilePermissions
            .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

    /** Whether the running domain accepts the password in this file. */
    private boolean answersTo(Path passwordFile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(home.resolve("bin/asadmin").toString(), "--user", "admin", "--passwordfile",
                passwordFile.toString(), "list-applications").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    /** Request threads: Payara's default of 5 queues a busy team's requests; 64 is what the load test is measured with. */
    static final int HTTP_THREADS = 64;

    /**
     * The JSON-P provider named outright: Payara's JWT check parses JSON on every request, and without
     * this each parse first searches the whole class path for a provider.
     */
    static final String JSON_PROVIDER = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

    /** The address Payara's listeners bind to: loopback unless {@code portal.bind.address} says otherwise. */
    static String bindAddress() {
        return System.getProperty("portal.bind.address", "127.0.0.1");
    }


    /**
     * The settings the portal runs with, applied once to a new domain with Payara's own commands
     * ({@code asadmin set}, {@code create-jvm-options}) rather than by editing domain.xml: request threads,
     * heap, the JSON-P provider, the listeners on loopback, the unused HTTPS listener off, and every cookie
     * {@code SameSite=Lax} (Payara's own listener setting: the servlet {@code cookie-config} attribute in
     * web.xml is not applied to the session cookie).
     *
     * @return whether anything changed that needs a restart (JVM options and listener addresses do)
     */
    private boolean configure() throws IOException, InterruptedException {
        String jvmOptions = asadminOutput("list-jvm-options");
        boolean jvmConfigured = jvmOptions.contains(JSON_PROVIDER);
        if (jvmOptions.contains(SETTINGS_MARK + SETTINGS_VERSION)) {
            return false; // configured with these settings on an earlier start
        }
        configureServers("server-config");
        // no Hazelcast data grid listening on every interface: one server, no clustered state (issue 27 brings it back,
        // bound to the cluster's own network)
        asadmin(Duration.ofMinutes(1), "set-hazelcast-configuration", "--enabled=false", "--dynamic=false");
        if (!jvmConfigured) {
            asadmin(Duration.ofMinutes(1), "delete-jvm-options", "-Xmx512m");
            asadmin(Duration.ofMinutes(1), "create-jvm-options", "-Xmx1g:" + JSON_PROVIDER);
        }
        for (String line : jvmOptions.split("\\R")) {
            if (line.strip().startsWith(SETTINGS_MARK)) {
                asadmin(Duration.ofMinutes(1), "delete-jvm-options", line.strip());
            }
        }
        if (!jvmOptions.contains(HAZELCAST_LOOPBACK)) {
            // when the data grid is on (the cluster profile), its member listens on the interface it is given only
            asadmin(Duration.ofMinutes(1), "create-jvm-options", HAZELCAST_LOOPBACK);
        }
        asadmin(Duration.ofMinutes(1), "create-jvm-options", SETTINGS_MARK + SETTINGS_VERSION);
        return true;
    }


    /**
     * The settings of the servers that run the portal, in a named configuration ({@code configs.config.<name>.}): the
     * domain's own server ({@code server-config}), or a cluster's instances ({@link PayaraCluster}).
     */
    void configureServers(String configName) throws IOException, InterruptedException {
        String config = "configs.config." + configName + ".";
        String http = config + "network-config.protocols.protocol.http-listener-1.http.";
        String listeners = config + "network-config.network-listeners.network-listener.";
        String pool = config + "thread-pools.thread-pool.http-thread-pool.";
        asadmin(Duration.ofMinutes(1), "set",
                pool + "max-thread-pool-size=" + HTTP_THREADS,
                pool + "min-thread-pool-size=8",
                pool + "max-queue-size=4096",
                listeners + "http-listener-1.address=" + bindAddress(),
                listeners + "admin-listener.address=" + bindAddress(),
                listeners + "http-listener-2.enabled=false",
                config + "iiop-service.iiop-listener.orb-listener-1.address=" + bindAddress(),
                config + "admin-service.jmx-connector.system.address=" + bindAddress(),
                // answers do not name the server or Java and their versions
                http + "xpowered-by=false",
                http + "server-header=false",
                // the session cookie is not sent with another site's cross-site requests (issue 11)
                http + "cookie-same-site-value=Lax",
                http + "cookie-same-site-enabled=true",
                // no message broker listening on every interface: the portal sends no JMS messages (issue 11)
                config + "jms-service.type=DISABLED");
        // no metrics endpoint answering with Payara's own error page (issue 11); the portal publishes none
        asadmin(Duration.ofMinutes(1), "set-metrics-configuration", "--enabled=false",
                "--target=" + ("server-config".equals(configName) ? "server" : configName));
        // the server's own error answers (outside the portal's pages and API) name no server or version (issue 11)
        List<String> errorPages = new ArrayList<>(List.of("set"));
        int n = 1;
        for (int code : new int[] {400, 403, 404, 405, 500, 503}) {
            errorPages.add(config + "http-service.virtual-server.server.property.send-error_" + n++ + "=code=" + code + " path="
                    + home.resolve("glassfish/domains/" + DOMAIN + "/docroot/errors/error.html") + " reason=" + REASONS.get(code));
        }
        asadmin(Duration.ofMinutes(1), errorPages.toArray(String[]::new));
    }

    /**
     * Which of these settings a domain has: a domain configured by an older launcher gets the newer settings on its
     * next start. Raise the number when the settings change.
     */
    static final int SETTINGS_VERSION = 5;

    static final String HAZELCAST_LOOPBACK = "-Dhazelcast.socket.bind.any=false";

    private static final java.util.Map<Integer, String> REASONS = java.util.Map.of(400, "Bad Request", 403, "Forbidden",
            404, "Not Found", 405, "Method Not Allowed", 500, "Internal Server Error", 503, "Service Unavailable");

    static final String SETTINGS_MARK = "-Dportal.domain.settings=";

    /** Deploys the EAR afresh (a copy left from an earlier run is removed first). */
    public void deploy(Path ear) throws IOException, InterruptedException {
        undeployIfPresent();
        removeLeftovers();
        try {
            asadmin(Duration.ofMinutes(5), "deploy", "--name=portal", ear.toString());
        } catch (IllegalStateException failed) {
            // A run stopped in the middle of its undeploy (Ctrl-C, a killed launcher) can leave the expanded EAR half
            // deleted, listed in .glassfishStaleFiles; Payara then reads the new EAR against the old directory and
            // answers "Could not find sub module [portal-web.war]" (eclipse-ee4j/glassfish#22383). Once more, clean.
            undeployIfPresent();
            removeLeftovers();
            asadmin(Duration.ofMinutes(5), "deploy", "--name=portal", ear.toString());
        }
        awaitReady(Duration.ofMinutes(2));
    }

    /** The expanded EAR and its generated classes from an earlier deployment that its undeploy did not remove. */
    private void removeLeftovers() throws IOException {
        Path domain = home.resolve("glassfish/domains/" + DOMAIN);
        for (Path dir : List.of(domain.resolve("applications/portal"), domain.resolve("generated/ejb/portal"),
                domain.resolve("generated/jsp/portal"), domain.resolve("generated/xml/portal"),
                domain.resolve("generated/policy/portal"))) {
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(each);
                    }
                }
            }
        }
    }

    /** Ready when the API answers at all (401 without a token): the application has finished loading. */
    private void awaitReady(Duration timeout) throws InterruptedException {
        if (!answers(apiBase(), timeout)) {
            throw new IllegalStateException("The portal did not answer within " + timeout + "; see " + serverLog());
        }
    }

    /** Whether the portal's API at this address answers within the time (401 without a token: fully loaded). */
    static boolean answers(String apiBase, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest me = HttpRequest.newBuilder(URI.create(apiBase + "/me")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(me, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        return false;
    }

    public String webBase() {
        return "http://127.0.0.1:" + HTTP_PORT + "/portal";
    }

    public String apiBase() {
        return "http://127.0.0.1:" + HTTP_PORT + "/portal-api/api";
    }

    public Path serverLog() {
        return home.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
    }

    void asadmin(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        if (!"change-admin-password".equals(args[args.length - 1])) {
            command.addAll(adminOptions(home));
        }
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(environment);
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " took longer than " + timeout);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed; see " + log
                    + System.lineSeparator() + tail(log));
        }
    }

    /** Runs an asadmin command and answers what it printed (also appended to the log). */
    String asadminOutput(String... args) throws IOException, InterruptedException {
        long before = Files.exists(log) ? Files.size(log) : 0;
        asadmin(Duration.ofMinutes(1), args);
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(before, all.length), (int) (all.length - Math.min(before, all.length)),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private void undeployIfPresent() throws IOException, InterruptedException {
        try {
            asadmin(Duration.ofMinutes(2), "undeploy", "portal");
        } catch (IllegalStateException notDeployed) {
            // nothing to remove
        }
    }

    /** Removes the portal and stops the domain, so that the next start begins clean. */
    @Override
    public void close() throws IOException, InterruptedException {
        undeployIfPresent();
        asadmin(Duration.ofMinutes(2), "stop-domain", DOMAIN);
    }
}
