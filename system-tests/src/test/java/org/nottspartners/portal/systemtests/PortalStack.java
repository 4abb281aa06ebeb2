package org.nottspartners.portal.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.nottspartners.portal.launcher.KeycloakServer;
import org.nottspartners.portal.launcher.MailCatcher;
import org.nottspartners.portal.launcher.Leftovers;
import org.nottspartners.portal.launcher.PortalDatabase;

/**
 * Starts PostgreSQL and Keycloak once for the whole integration-test run (before Arquillian starts
 * Payara) and stops them at its end. Only in the Failsafe run ({@code portal.stack=true}); the plain
 * unit tests need neither.
 */
public class PortalStack implements LauncherSessionListener {

    private static PortalDatabase database;
    private static KeycloakServer keycloak;
    private static MailCatcher mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("portal.stack") || database != null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("portal.test.dir")));
            // servers a killed test run left behind (its Payara, Keycloak and PostgreSQL), found by their folders
            new Leftovers(Path.of(System.getProperty("payara.home")), Path.of(System.getProperty("portal.keycloak.home")),
                    dir.resolve("postgres-data"), System.out::println).stop();
            givePayaraRoom(Path.of(System.getProperty("payara.home")));
            mail = MailCatcher.start(MailCatcher.SMTP_PORT);
            database = PortalDatabase.start(Integer.getInteger("test.pg.port"), dir.resolve("postgres-data"), false);
            keycloak = KeycloakServer.start(Path.of(System.getProperty("portal.keycloak.home")),
                    Integer.getInteger("test.keycloak.port"), Integer.getInteger("test.keycloak.management-port"),
                    dir.resolve("keycloak.log"), Duration.ofMinutes(3));
        } catch (Exception e) {
            launcherSessionClosed(session);
            throw new IllegalStateException("Could not start the test servers: " + e.getMessage(), e);
        }
    }

    /**
     * The test Payara is the plain distribution (512 MB of heap); the suite deployed the portal into it once per test
     * class, some 35 times, and a deployment's classes are not all freed at once, so with issue 15's classes the heap ran
     * out near the end (CI). The portal is now deployed once and shared ({@link SharedPortalDeployment}), with a few
     * altered portals deployed between; the heap is kept at 1.5 GB, set in the domain before Arquillian starts it; the machine has 24 GB. The audit
     * trail is sealed every second there.
     */
    private static void givePayaraRoom(Path payaraHome) throws java.io.IOException {
        Path domain = payaraHome.resolve("glassfish/domains/domain1/config/domain.xml");
        if (Files.exists(domain)) {
            String xml = Files.readString(domain);
            if (xml.contains("-Xmx512m")) {
                xml = xml.replace("-Xmx512m", "-Xmx1536m");
            }
            // the audit trail sealed every second, what is a second old (AuditIT waits for a seal)
            if (!xml.contains("-Dportal.audit.seal-every")) {
                xml = xml.replace("<jvm-options>-Xmx1536m</jvm-options>", "<jvm-options>-Xmx1536m</jvm-options>"
                        + "<jvm-options>-Dportal.audit.seal-every=PT1S</jvm-options><jvm-options>-Dportal.audit.seal-after=PT1S</jvm-options>");
            }
            // no data grid, as command 1 runs it (PayaraDomain switches Hazelcast off): the plain distribution starts one
            xml = xml.replaceFirst("<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>",
                    "<hazelcast-config-specific-configuration enabled=\"false\"></hazelcast-config-specific-configuration>");
            Files.writeString(domain, xml);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Could not stop PostgreSQL: " + e.getMessage());
            }
            database = null;
        }
    }

    /** The mail server Keycloak sends through in the tests: every message it sent, to read. */
    public static MailCatcher mail() {
        return mail;
    }

    public static PortalDatabase database() {
        return database;
    }

    public static KeycloakServer keycloak() {
        return keycloak;
    }
}
