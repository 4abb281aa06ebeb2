package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Refuses to start over servers that are already running: two portals on one port mix their data. */
final class Ports {

    private Ports() {
    }

    /**
     * Whether nothing listens on the port on this machine: the connection is refused. A slow answer (a busy
     * server, or this process starved of the CPU) is not taken for a closed port.
     */
    static boolean refused(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            return false;
        } catch (java.net.ConnectException nothingListens) {
            return true;
        } catch (IOException slowOrOther) {
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
