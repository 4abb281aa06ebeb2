package org.nottspartners.portal.launcher;

import java.nio.file.Path;

/**
 * The README's stop command ({@code mvn -Pstop -pl launcher}): stops the servers command 1 started, when its own
 * process can no longer be stopped with Ctrl-C (it was killed, or its terminal closed).
 */
public final class PortalStop {

    private PortalStop() {
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Path.of(System.getProperty("portal.run.dir"));
        int stopped = PortalLauncher.leftovers(runDir, Path.of(System.getProperty("portal.payara.home")),
                Path.of(System.getProperty("portal.keycloak.home"))).stop();
        System.out.println(stopped == 0 ? "Nothing of the portal's was running." : "Stopped " + stopped + " server(s).");
    }
}
