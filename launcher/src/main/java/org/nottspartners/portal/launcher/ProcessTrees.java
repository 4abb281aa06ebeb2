package org.nottspartners.portal.launcher;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stops a process and everything it started, politely first. */
final class ProcessTrees {

    private ProcessTrees() {
    }

    static void stop(Process process, Duration grace) {
        stop(process.toHandle(), grace);
    }

    static void stop(ProcessHandle handle, Duration grace) {
        var descendants = handle.descendants().toList();
        handle.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception timedOut) {
            handle.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
