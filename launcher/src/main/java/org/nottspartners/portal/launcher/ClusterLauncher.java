package org.nottspartners.portal.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

/**
 * The cluster profile (issue 27: {@code mvn -Pcluster -DskipTests verify}): one PostgreSQL, one Keycloak, a Payara
 * domain whose administration server runs two instances in a deployment group sharing Payara's data grid, and nginx in
 * front on the portal's usual address, every one on loopback. Ctrl-C stops it all. Its own run folder
 * ({@code .run-cluster}), so command 1's data and domain are left as they are; the two cannot run at once (the same ports).
 */
public final class ClusterLauncher {

    private ClusterLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Files.createDirectories(Path.of(PortalLauncher.required("portal.run.dir")));
        Path payaraHome = Path.of(PortalLauncher.required("portal.payara.home"));
        Path keycloakHome = Path.of(PortalLauncher.required("portal.keycloak.home"));
        Path ear = Path.of(PortalLauncher.required("portal.ear"));
        Class.forName(ProcessTrees.class.getName());
        Deque<AutoCloseable> started = new ArrayDeque<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the cluster...");
            synchronized (started) { // not while the drill's database restart is under way
                stopped.countDown();
                PortalLauncher.stopAll(started);
            }
        }, "cluster-stop"));

        long t0 = System.nanoTime();
        Ports.requireFree(5433, 8180, 9000, 8080, 4848, MailCatcher.SMTP_PORT, PayaraCluster.DAS_HTTP_PORT,
                PayaraCluster.httpPort(0), PayaraCluster.httpPort(1));
        PortalDatabase db = PortalDatabase.start(5433, runDir.resolve("postgres-data"), true, true, runDir.resolve("wal-archive"));
        started.push(db);
        PortalLauncher.log("PostgreSQL is up on port " + db.port(), t0);
        MailCatcher mail = MailCatcher.start(MailCatcher.SMTP_PORT);
        started.push(mail);
        KeycloakServer keycloak = KeycloakServer.start(keycloakHome, 8180, 9000, runDir.resolve("keycloak.log"), Duration.ofMinutes(3));
        started.push(keycloak);
        PortalLauncher.log("Keycloak is up at " + keycloak.issuer(), t0);

        PayaraDomain das = PayaraDomain.start(payaraHome,
                PortalEnvironment.of(db, keycloak, "http://127.0.0.1:" + PayaraDomain.HTTP_PORT + "/portal"), runDir.resolve("payara.log"));
        started.push(das);
        PortalLauncher.log("Payara's administration server is up", t0);
        PayaraCluster cluster = PayaraCluster.start(das);
        started.push(cluster);
        PortalLauncher.log("Instances " + PayaraCluster.INSTANCES + " of deployment group " + PayaraCluster.GROUP + " are up", t0);
        cluster.deploy(ear);
        PortalLauncher.log("The portal is deployed on both instances", t0);
        Nginx nginx = Nginx.start(runDir.resolve("nginx"), PayaraDomain.HTTP_PORT, PayaraCluster.INSTANCES,
                IntStream.range(0, PayaraCluster.INSTANCES.size()).mapToObj(PayaraCluster::httpPort).toList());
        started.push(nginx);
        PortalLauncher.log("nginx balances http://127.0.0.1:" + PayaraDomain.HTTP_PORT + " over ports "
                + PayaraCluster.httpPort(0) + " and " + PayaraCluster.httpPort(1), t0);
        try {
            PortalLauncher.log(DemoData.loadOnce(db, runDir.resolve("postgres-data"), das.apiBase(), keycloak.issuer()), t0);
        } catch (Exception e) {
            PortalLauncher.log("Demo data could not be loaded (the portal runs without it): " + e, t0);
        }
        System.out.printf("%n  The portal is running on a cluster: %s/ (instances on %s)%n  Payara admin: http://127.0.0.1:4848/"
                + " (admin / the password in %s)%n  Demo sign-ins as for command 1. Press Ctrl-C to stop everything.%n%n",
                das.webBase(), List.of(PayaraCluster.httpPort(0), PayaraCluster.httpPort(1)), das.adminPasswordFile());
        // the fault drill asks for a database restart by leaving a file here; nothing else does (issue 27 §3)
        Path restartAsked = runDir.resolve(RESTART_POSTGRES);
        Files.deleteIfExists(restartAsked);
        while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            synchronized (started) {
                if (stopped.getCount() == 0 || !Files.deleteIfExists(restartAsked)) {
                    continue;
                }
                started.remove(db);
                db.close();
                PortalLauncher.log("PostgreSQL stopped (the fault drill asked for a restart)", t0);
                db = PortalDatabase.start(5433, runDir.resolve("postgres-data"), true, true, runDir.resolve("wal-archive"));
                started.addLast(db);
                PortalLauncher.log("PostgreSQL is up again on port " + db.port(), t0);
                Files.writeString(runDir.resolve(RESTART_POSTGRES + ".done"), java.time.Instant.now().toString());
            }
        }
    }

    /** The file the fault drill leaves in the run folder to have PostgreSQL restarted, and its answer with {@code .done}. */
    static final String RESTART_POSTGRES = "restart-postgres";
}
