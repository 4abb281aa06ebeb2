package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time the servers spent, from the kernel's own counters ({@code /proc/<pid>/stat}: user and system time, with
 * the time of children that have ended), summed per kind of process: the portal's Payara instances, PostgreSQL (the
 * server and every connection's process), nginx, Keycloak. Taken before and after a load, the difference divided by
 * the requests answered is each request's CPU cost, whatever else the machine was doing.
 */
final class ServerCpu {

    /** The kinds of process counted, each recognised by its command line. */
    static final Map<String, Predicate<String>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("payara instances", cmd -> cmd.contains("/nodes/localhost-" + PayaraDomain.DOMAIN + "/"));
        KINDS.put("postgresql", cmd -> cmd.startsWith("postgres") || cmd.contains("/bin/postgres"));
        KINDS.put("nginx", cmd -> cmd.startsWith("nginx"));
        KINDS.put("keycloak", cmd -> cmd.contains("quarkus-run.jar") || cmd.contains("QuarkusEntryPoint"));
    }

    /** Clock ticks per second of the counters; 100 on Linux. */
    private static final double TICKS = 100.0;

    private ServerCpu() {
    }

    /** CPU seconds spent so far by each kind of process. */
    static Map<String, Double> seconds() throws IOException {
        Map<String, Double> total = new LinkedHashMap<>();
        KINDS.keySet().forEach(k -> total.put(k, 0.0));
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                String cmd;
                String stat;
                try {
                    cmd = Files.readString(proc.resolve("cmdline")).replace('\0', ' ').strip();
                    stat = Files.readString(proc.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the process ended while we looked
                }
                for (Map.Entry<String, Predicate<String>> kind : KINDS.entrySet()) {
                    if (kind.getValue().test(cmd)) {
                        total.merge(kind.getKey(), ticks(stat) / TICKS, Double::sum);
                        break;
                    }
                }
            }
        }
        return total;
    }

    /** utime + stime + cutime + cstime: fields 14 to 17 of {@code /proc/<pid>/stat}, counted after the command's name. */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** The difference between two readings, per kind. */
    static Map<String, Double> spent(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> d = new LinkedHashMap<>();
        after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0.0)));
        return d;
    }
}
