package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Refuses to start over servers that are already running: two portals on one port mix their data. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int... ports) {
        for (int port : ports) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
            } catch (IOException inUse) {
                throw new IllegalStateException("Port " + port + " is already in use: is the portal (or its tests)"
                        + " already running? Stop it first.");
            }
        }
    }
}
