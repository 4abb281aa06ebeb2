package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk, the load tool (Debian's package, installed if missing), driven by a Lua script of our requests: each connection
 * is one user, who sends the requests in turn and thinks for a while between them. Any answer but a success (2xx) counts
 * as an error (a page that sent the user to sign in again is a 302, not a success), as do socket errors and timeouts.
 */
final class Wrk {

    /** One request of the mix: what a user sends, with its sign-in (a bearer token or a session cookie). */
    record Request(String label, String method, String path, Map<String, String> headers, String body) {

        static Request get(String label, String path, Map<String, String> headers) {
            return new Request(label, "GET", path, headers, null);
        }
    }

    /** What a run measured. */
    record Result(long requests, double seconds, double p50ms, double p95ms, double p99ms, long unexpected, long socketErrors) {

        long errors() {
            return unexpected + socketErrors;
        }

        double perSecond() {
            return requests / seconds;
        }
    }

    private static final Pattern RESULT = Pattern.compile(
            "LOAD requests=(\\d+) us=(\\d+) p50us=(\\d+) p95us=(\\d+) p99us=(\\d+) unexpected=(\\d+) errors=(\\d+)");

    private final String binary;
    private final Path dir;

    private Wrk(String binary, Path dir) {
        this.binary = binary;
        this.dir = dir;
    }

    /** wrk from Debian's packages, installed if missing and allowed (root); scripts are written to {@code dir}. */
    static Wrk find(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        for (String candidate : new String[] {"/usr/bin/wrk", "/usr/local/bin/wrk"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return new Wrk(candidate, dir);
            }
        }
        System.out.println("Installing wrk (Debian package) for the load test...");
        int code = new ProcessBuilder("sh", "-c", "apt-get install -y wrk || (apt-get update && apt-get install -y wrk)")
                .inheritIO().start().waitFor();
        if (code != 0 || !Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            throw new IllegalStateException("The load test needs wrk: install it with 'apt-get install wrk'");
        }
        return new Wrk("/usr/bin/wrk", dir);
    }

    /**
     * Runs {@code connections} users against {@code base} for {@code seconds}, each sending the requests in turn and
     * thinking {@code thinkMs[0]} to {@code thinkMs[1]} ms between them ({0, 0}: no thinking, as fast as answered).
     */
    Result run(String name, String base, List<Request> requests, int connections, int seconds, int[] thinkMs)
            throws IOException, InterruptedException {
        Path script = dir.resolve(name + ".lua");
        Files.writeString(script, script(requests, thinkMs));
        Process p = new ProcessBuilder(binary, "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "-s",
                script.toString(), base).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.writeString(dir.resolve(name + ".out"), out);
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no result:\n" + out);
        }
        return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6, Long.parseLong(m.group(3)) / 1000.0,
                Long.parseLong(m.group(4)) / 1000.0, Long.parseLong(m.group(5)) / 1000.0, Long.parseLong(m.group(6)),
                Long.parseLong(m.group(7)));
    }

    /**
     * The Lua script: requests formatted in {@code init} (once wrk has set the Host header), taken in turn; each
     * thread counts the answers that were not a success, added up in {@code done}.
     */
    static String script(List<Request> requests, int[] thinkMs) {
        StringBuilder lua = new StringBuilder("""
                local threads = {}
                function setup(thread)
                  table.insert(threads, thread)
                end
                local reqs = {}
                init = function(args)
                  unexpected = 0
                """);
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            StringBuilder headers = new StringBuilder("{");
            r.headers().forEach((k, v) -> headers.append("[").append(lua(k)).append("] = ").append(lua(v)).append(", "));
            headers.append("}");
            lua.append("  reqs[").append(i + 1).append("] = wrk.format(").append(lua(r.method())).append(", ").append(lua(r.path()))
                    .append(", ").append(headers).append(r.body() == null ? "" : ", " + lua(r.body())).append(")\n");
        }
        lua.append("""
                end
                local i = 0
                request = function()
                  i = i + 1
                  return reqs[(i % #reqs) + 1]
                end
                -- a thread's connections answer in any order, so an answer is checked as a success (2xx), not against its request
                response = function(status, headers, body)
                  if status < 200 or status > 299 then
                    unexpected = unexpected + 1
                  end
                end
                """);
        if (thinkMs[1] > 0) {
            lua.append("delay = function()\n  return math.random(").append(thinkMs[0]).append(", ").append(thinkMs[1]).append(")\nend\n");
        }
        lua.append("""
                done = function(summary, latency, requests)
                  local bad = 0
                  for _, t in ipairs(threads) do
                    bad = bad + t:get("unexpected")
                  end
                  local e = summary.errors
                  io.write(string.format("LOAD requests=%d us=%d p50us=%d p95us=%d p99us=%d unexpected=%d errors=%d\\n",
                    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), bad,
                    e.connect + e.read + e.write + e.timeout))
                end
                """);
        return lua.toString();
    }

    private static String lua(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
