package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Refuses to start over servers that are already running: two portals on one port mix their data. */
final class Ports {

    private Ports() {
    }

    /** Whether something answers on the port on this machine. */
    static boolean answers(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException nothing) {
            return false;
        }
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
