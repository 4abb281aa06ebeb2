package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The portal on Payara's own clustering (issue 27): two Payara Server instances in a deployment group, made and
 * started by the domain's administration server, members of Payara's data grid (Hazelcast), every listener on
 * loopback. A page session lives on the instance that made it (its id ends with the instance's name, for nginx to
 * route by); if that instance is lost, the next request signs in again through Keycloak's single sign-on. The instances share one configuration ({@value #CONFIG}) with the settings of command 1's
 * server; each has its own ports ({@code --portbase}: HTTP on {@link #httpPort(int)}).
 */
public final class PayaraCluster implements AutoCloseable {

    static final String GROUP = "portal-group";
    static final String CONFIG = "portal-config";
    static final List<String> INSTANCES = List.of("portal-1", "portal-2");
    private static final int FIRST_PORT_BASE = 28000;
    static final int DAS_HTTP_PORT = 8070;

    private final PayaraDomain das;

    private PayaraCluster(PayaraDomain das) {
        this.das = das;
    }

    /** The HTTP port of the n-th instance (0-based): 28080, 29080. */
    static int httpPort(int n) {
        return FIRST_PORT_BASE + n * 1000 + 80;
    }

    /** Makes the deployment group and its instances on a first start, and starts them. */
    public static PayaraCluster start(PayaraDomain das) throws IOException, InterruptedException {
        PayaraCluster cluster = new PayaraCluster(das);
        cluster.create();
        das.asadmin(Duration.ofMinutes(5), "start-deployment-group", GROUP);
        return cluster;
    }

    private void create() throws IOException, InterruptedException {
        // the administration server serves no pages here: the load balancer has the portal's port
        das.asadmin(Duration.ofMinutes(1), "set", "configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener-1.port=" + DAS_HTTP_PORT);
        // the data grid on loopback only, one cluster name for this portal; the administration server is a member too
        das.asadmin(Duration.ofMinutes(1), "set-hazelcast-configuration", "--enabled=true", "--dynamic=true",
                "--interfaces=" + PayaraDomain.bindAddress(), "--dasbindaddress=" + PayaraDomain.bindAddress(),
                "--daspublicaddress=" + PayaraDomain.bindAddress(), "--clustername=portal", "--target=server");
        String instances = das.asadminOutput("list-instances");
        if (instances.contains(INSTANCES.get(0))) {
            return; // made on an earlier start
        }
        das.asadmin(Duration.ofMinutes(1), "copy-config", "default-config", CONFIG);
        das.configureServers(CONFIG);
        das.asadmin(Duration.ofMinutes(1), "set-hazelcast-configuration", "--enabled=true", "--dynamic=true", "--target=" + CONFIG);
        das.asadmin(Duration.ofMinutes(1), "delete-jvm-options", "--target=" + CONFIG, "-Xmx512m");
        das.asadmin(Duration.ofMinutes(1), "create-jvm-options", "--target=" + CONFIG, "-Xmx1g:" + PayaraDomain.JSON_PROVIDER);
        // each session's id names its instance (abc.portal-1), so that nginx keeps a browser on the instance holding its
        // sign-in: the sign-in (Soteria's OpenID Connect context) cannot be kept in the data grid (eclipse-ee4j/soteria#379)
        das.asadmin(Duration.ofMinutes(1), "create-jvm-options", "--target=" + CONFIG, "-DjvmRoute=${com.sun.aas.instanceName}");
        // the data grid's members listen on the interface given above only, not on every interface
        das.asadmin(Duration.ofMinutes(1), "create-jvm-options", "--target=" + CONFIG, PayaraDomain.HAZELCAST_LOOPBACK);
        das.asadmin(Duration.ofMinutes(1), "create-deployment-group", GROUP);
        for (int n = 0; n < INSTANCES.size(); n++) {
            das.asadmin(Duration.ofMinutes(2), "create-instance", "--node", "localhost-" + PayaraDomain.DOMAIN, "--config", CONFIG,
                    "--portbase", String.valueOf(FIRST_PORT_BASE + n * 1000), INSTANCES.get(n));
            das.asadmin(Duration.ofMinutes(1), "add-instance-to-deployment-group", "--instance", INSTANCES.get(n),
                    "--deploymentgroup", GROUP);
        }
    }

    /** Deploys the EAR to the group and waits until every instance answers. */
    public void deploy(Path ear) throws IOException, InterruptedException {
        try {
            das.asadmin(Duration.ofMinutes(2), "undeploy", "--target", GROUP, "portal");
        } catch (IllegalStateException notDeployed) {
            // nothing to remove
        }
        das.asadmin(Duration.ofMinutes(8), "deploy", "--target", GROUP, "--name=portal", ear.toString());
        for (int n = 0; n < INSTANCES.size(); n++) {
            awaitReady(httpPort(n), Duration.ofMinutes(3));
        }
    }

    private static void awaitReady(int port, Duration timeout) throws InterruptedException {
        if (!PayaraDomain.answers("http://127.0.0.1:" + port + "/portal-api/api", timeout)) {
            throw new IllegalStateException("The instance on port " + port + " did not answer within " + timeout);
        }
    }

    /**
     * Stops the instances (the administration server is stopped by its own close), each on its own and killed if it will
     * not stop: one already gone (a fault drill killed it) does not hold up the others.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        for (String instance : INSTANCES) {
            try {
                das.asadmin(Duration.ofMinutes(1), "stop-instance", "--kill=true", instance);
            } catch (IllegalStateException notRunning) {
                // already stopped, or gone
            }
        }
    }
}
