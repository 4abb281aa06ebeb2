package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx from Debian's packages in front of the cluster's instances, on loopback: installed with apt-get if the machine
 * lacks it (as root, or with sudo), run in the foreground from a folder of the run with its own configuration, stopped
 * with the cluster. A browser's requests go to the instance holding its session (named at the end of the session
 * cookie); when that instance fails they go to another, where the browser signs in again through Keycloak's single
 * sign-on (a form posted then is answered "not saved", never lost silently). API requests carry no session and go to
 * any instance.
 */
public final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");
    private final Process process;

    private Nginx(Process process) {
        this.process = process;
    }

    /** Starts nginx on {@code port}, passing requests to the instances (by name) on their HTTP ports. */
    public static Nginx start(Path dir, int port, List<String> instances, List<Integer> upstreams) throws IOException, InterruptedException {
        ensureInstalled();
        Files.createDirectories(dir.resolve("logs"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, configuration(dir, port, instances, upstreams));
        Process p = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", conf.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("logs/nginx.out").toFile()))
                .start();
        for (int i = 0; i < 50 && Ports.refused(port); i++) {
            if (!p.isAlive()) {
                throw new IllegalStateException("nginx did not start; see " + dir.resolve("logs"));
            }
            Thread.sleep(100);
        }
        return new Nginx(p);
    }

    /**
     * nginx's configuration: one upstream per instance, the instance first and the others as backups, chosen by the
     * instance named at the end of the session cookie ({@code JSESSIONID=abc.portal-1}, Payara's {@code jvmRoute});
     * a request without a session goes to any instance.
     */
    static String configuration(Path dir, int port, List<String> instances, List<Integer> ports) {
        StringBuilder upstreams = new StringBuilder();
        StringBuilder routes = new StringBuilder();
        for (int i = 0; i < instances.size(); i++) {
            upstreams.append("    upstream ").append(instances.get(i)).append(" {\n");
            for (int j = 0; j < ports.size(); j++) {
                upstreams.append("        server 127.0.0.1:").append(ports.get(j)).append(j == i ? " max_fails=1 fail_timeout=10s" : " backup")
                        .append(";\n");
            }
            upstreams.append("        keepalive 32;\n    }\n");
            routes.append("        ~\\.").append(instances.get(i)).append("$ ").append(instances.get(i)).append(";\n");
        }
        String any = ports.stream().map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        return """
                # written by the portal's cluster launcher on each start (issue 27)
                worker_processes 2;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 2048; }
                http {
                    access_log off;
                    server_tokens off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                    upstream any_instance {
                %3$s
                        keepalive 64;
                    }
                    # the instance holding a browser's session, from the end of its session cookie; any instance without one
                    map $cookie_JSESSIONID $portal_upstream {
                        default any_instance;
                %4$s
                    }
                    server {
                        listen 127.0.0.1:%5$d;
                        client_max_body_size 25m;
                        location / {
                            proxy_pass http://$portal_upstream;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            # an instance that is down or refusing: the next one (a request already sent is not sent twice);
                            # the portal's own 503 ("sign-in is unavailable") is an answer, not an instance failing
                            proxy_next_upstream error timeout;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 120s;
                        }
                    }
                }
                """.formatted(dir.toAbsolutePath(), upstreams, any, routes, port);
    }

    private static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        System.out.println("nginx is not installed: installing Debian's package (apt-get install nginx-light or nginx)");
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> sudo = root ? List.of() : List.of("sudo");
        run(sudo, "apt-get", "update", "-qq");
        run(sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "nginx");
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("nginx could not be installed: install Debian's package nginx and start again");
        }
    }

    private static void run(List<String> prefix, String... command) throws IOException, InterruptedException {
        List<String> all = new java.util.ArrayList<>(prefix);
        all.addAll(List.of(command));
        Process p = new ProcessBuilder(all).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", all) + " failed");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
