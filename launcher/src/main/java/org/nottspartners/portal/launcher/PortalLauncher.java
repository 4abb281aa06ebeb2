package org.nottspartners.portal.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * README command 1: starts PostgreSQL, Keycloak and Payara with the portal deployed, prints where to go
 * and who to sign in as, and on Ctrl-C stops everything it started.
 */
public final class PortalLauncher {

    private static final String[][] DEMO_USERS = {
        {"casey.city", "case worker, Nottingham City Council"},
        {"morgan.county", "team manager and case worker, Nottinghamshire County Council"},
        {"tess.citymanager", "team manager and case worker, Nottingham City Council"},
        {"gill.citygroup", "group manager, Nottingham City Council"},
        {"glen.countygroup", "group manager, Nottinghamshire County Council"},
        {"pat.police", "Nottinghamshire Police: police in both councils, youth justice in the County"},
        {"sam.school", "school staff, Nottingham City"},
        {"alex.attendance", "attendance and enforcement officer, Nottingham City"},
        {"kai.attendance", "attendance and enforcement officer, Nottinghamshire County"},
        {"lee.licensing", "licensing officer, Nottinghamshire County"},
        {"lou.licensing", "licensing officer, Nottingham City"},
        {"pip.public", "a member of the public applying for licences (no council role)"},
        {"harper.housing", "housing officer, Nottinghamshire County"},
        {"hana.cityhousing", "housing officer, Nottingham City"},
        {"fern.provider", "Framework Housing Association: supported accommodation in both councils"},
        {"hal.provider", "Hope Street Supported Housing: supported accommodation in the County"},
        {"robin.performance", "performance team, Nottingham City"},
        {"jo.health", "health visitor in both councils"},
        {"ada.cityadmin", "portal administrator, Nottingham City"},
        {"cal.countyadmin", "portal administrator, Nottinghamshire County"},
    };

    /** PostgreSQL, Keycloak (HTTP and management), Payara (HTTP and administration), the mail catcher (SMTP). */
    static final int[] PORTS = {5433, 8180, 9000, PayaraDomain.HTTP_PORT, 4848, MailCatcher.SMTP_PORT};

    private PortalLauncher() {
    }

    /** What this launcher starts from its run folder, to be found again if its process is killed. */
    static Leftovers leftovers(Path runDir, Path payaraHome, Path keycloakHome) {
        return new Leftovers(payaraHome, keycloakHome, runDir.resolve("postgres-data"), System.out::println);
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Files.createDirectories(Path.of(required("portal.run.dir")));
        Path payaraHome = Path.of(required("portal.payara.home"));
        Path keycloakHome = Path.of(required("portal.keycloak.home"));
        Path ear = Path.of(required("portal.ear"));
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("No EAR at " + ear + ": build it first (the README's command does)");
        }
        // load now what the shutdown hook needs: Maven's class loader may be closed by the time it runs
        Class.forName(ProcessTrees.class.getName());
        Deque<AutoCloseable> started = new ArrayDeque<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the portal...");
            stopAll(started);
            stopped.countDown();
        }, "portal-stop"));

        long t0 = System.nanoTime();
        int leftovers = leftovers(runDir, payaraHome, keycloakHome).stop();
        if (leftovers > 0) {
            log("Stopped " + leftovers + " server(s) left running by an earlier run that did not end cleanly", t0);
        }
        Ports.requireFree(PORTS);
        PortalDatabase db = PortalDatabase.start(5433, runDir.resolve("postgres-data"), true);
        started.push(db);
        log("PostgreSQL is up on port " + db.port(), t0);

        MailCatcher mail = MailCatcher.start(MailCatcher.SMTP_PORT);
        started.push(mail);
        KeycloakServer keycloak = KeycloakServer.start(keycloakHome, 8180, 9000, runDir.resolve("keycloak.log"),
                Duration.ofMinutes(3));
        started.push(keycloak);
        log("Keycloak is up at " + keycloak.issuer(), t0);

        PayaraDomain payara = PayaraDomain.start(payaraHome,
                PortalEnvironment.of(db, keycloak, "http://127.0.0.1:" + PayaraDomain.HTTP_PORT + "/portal"),
                runDir.resolve("payara.log"));
        started.push(payara);
        log("Payara is up", t0);
        payara.deploy(ear);
        log("The portal is deployed", t0);
        try {
            log(DemoData.loadOnce(db, runDir.resolve("postgres-data"), payara.apiBase(), keycloak.issuer()), t0);
        } catch (Exception e) {
            log("Demo data could not be loaded (the portal runs without it): " + e, t0);
        }

        StringBuilder banner = new StringBuilder()
                .append(System.lineSeparator())
                .append("  The portal is running: ").append(payara.webBase()).append("/").append(System.lineSeparator())
                .append("  REST API:              ").append(payara.apiBase()).append(" (OpenAPI at http://127.0.0.1:8080/openapi)")
                .append(System.lineSeparator())
                .append("  Keycloak admin:        http://127.0.0.1:8180/admin/ (admin / admin)").append(System.lineSeparator())
                .append("  Payara admin:          http://127.0.0.1:4848/ (admin / the password in ").append(payara.adminPasswordFile())
                .append(")").append(System.lineSeparator())
                .append(System.lineSeparator())
                .append("  Demo sign-ins (password 'demo-password' for all):").append(System.lineSeparator());
        for (String[] user : DEMO_USERS) {
            banner.append(String.format("    %-18s %s%n", user[0], user[1]));
        }
        banner.append("  Members of the public can register on the sign-in page to apply for licences. The e-mails sent")
                .append(System.lineSeparator())
                .append("  (such as the link that verifies a new account's address) are caught here and shown below.")
                .append(System.lineSeparator())
                .append(System.lineSeparator()).append("  Press Ctrl-C to stop everything.").append(System.lineSeparator());
        System.out.println(banner);
        // Ctrl-C ends the wait; so does 'mvn -Pstop -pl launcher' from another terminal, which stops the servers:
        // then this process stops too, so that nothing of the run (the database's lock) is left held
        int refusedInARow = 0;
        int mailShown = 0;
        while (!stopped.await(5, java.util.concurrent.TimeUnit.SECONDS)) {
            List<MailCatcher.Mail> mails = mail.messages();
            for (MailCatcher.Mail m : mails.subList(mailShown, mails.size())) {
                System.out.println("  E-mail to " + String.join(", ", m.to()) + ": " + m.subject());
                m.links().forEach(link -> System.out.println("    " + link));
            }
            mailShown = mails.size();
            // both servers refusing connections three checks running (15 s): stopped, not merely busy
            refusedInARow = Ports.refused(PayaraDomain.HTTP_PORT) && Ports.refused(db.port()) ? refusedInARow + 1 : 0;
            if (refusedInARow == 3) {
                System.out.println("The portal's servers were stopped from elsewhere (mvn -Pstop); this launcher stops too.");
                System.exit(0);
            }
        }
        // stopped by a signal: the JVM exits once the hook is done; never let Maven carry on building
        new CountDownLatch(1).await();
    }

    static void stopAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable c = started.pop();
            try {
                c.close();
            } catch (Exception | LinkageError e) {
                System.err.println("Could not stop " + c.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    static void log(String what, long t0) {
        System.out.printf("[%5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, what);
    }

    static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("Missing system property " + property);
        }
        return v;
    }
}
