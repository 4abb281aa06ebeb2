package org.nottspartners.portal.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services directory's published list (issue 19) over HTTP against the running portal (command 1): fills the
 * City's directory to 10,000 services through the import endpoint the first time (another directory's feed, as a
 * council would load one), then times, from a client on the same machine, pages of {@code /open/city/services} at
 * random, searches by a word, by a taxonomy term and by age, and pages of {@code /service_at_locations} near a
 * postcode, each against the trivial {@code /open/city/} answered by the same server in the same run. Requests go one
 * at a time after a warm-up; every answer must be 200. Ends with one line:
 * {@code directory listing p95 ms: <page> (search <s>, term <t>, age <a>, near <n>; trivial endpoint <b>, page ratio <page/b>) over <n> services}.
 * Run: {@code mvn -Pdirectory-benchmark -DskipTests verify -pl benchmarks} with the portal started.
 */
public final class DirectoryListingBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String[] WORDS = {"parenting", "hub", "toddlers", "youth", "housing", "money", "carers", "breastfeeding",
        "counselling", "football", "reading", "drop-in", "advice", "play", "dads", "mums", "teenagers", "school", "sleep", "speech"};
    private static final String[] TERMS = {"Parenting support", "Early years and Children's Centres", "Family support (targeted and intensive)",
        "Emotional health and wellbeing", "Special educational needs and disabilities", "Young people and youth work",
        "Domestic abuse", "Housing and homelessness", "School attendance and education", "Money, work and benefits"};

    private DirectoryListingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String portal = System.getProperty("portal.url", "http://127.0.0.1:8080");
        String issuer = System.getProperty("keycloak.issuer", "http://127.0.0.1:8180/realms/portal");
        int wanted = Integer.getInteger("benchmark.services", 10_000);
        int requests = Integer.getInteger("benchmark.requests", 1000);
        String open = portal + "/portal-api/open/city";
        long have = total(get(open + "/services?per_page=1"));
        if (have < wanted) {
            String token = token(issuer, "ada.cityadmin");
            long t0 = System.nanoTime();
            Random random = new Random(19);
            int made = 0;
            while (have + made < wanted) {
                int batch = (int) Math.min(500, wanted - have - made);
                StringBuilder feed = new StringBuilder("[");
                for (int i = 0; i < batch; i++) {
                    feed.append(i == 0 ? "" : ",").append(service(random, made + i));
                }
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal + "/portal-api/api/city/directory/import"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(feed.append("]").toString())).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 401) {
                    token = token(issuer, "ada.cityadmin");
                    continue;
                }
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
                }
                made += batch;
                System.out.printf(Locale.ROOT, "imported %d of %d services%n", have + made, wanted);
            }
            System.out.printf(Locale.ROOT, "filled the City's directory with %d services in %.0f s%n", made, (System.nanoTime() - t0) / 1e9);
            have = total(get(open + "/services?per_page=1"));
        }
        List<String> termIds = ids(get(open + "/taxonomy_terms?per_page=50"));
        int pages = (int) Math.max(1, have / 50);
        Random random = new Random(7);
        // warm-up: every kind of request, so that the server's code and the database's plans are warm
        for (int i = 0; i < 300; i++) {
            get(open + "/services?page=" + (1 + random.nextInt(pages)));
            get(open + "/");
            get(open + "/services?search=" + WORDS[random.nextInt(WORDS.length)]);
        }
        double[] baseline = time(requests, i -> open + "/");
        double[] page = time(requests, i -> open + "/services?page=" + (1 + random.nextInt(pages)));
        double[] search = time(requests / 2, i -> open + "/services?search=" + WORDS[random.nextInt(WORDS.length)]);
        double[] term = time(requests / 2, i -> open + "/services?taxonomy_term_id=" + termIds.get(random.nextInt(termIds.size())));
        double[] age = time(requests / 2, i -> open + "/services?age=" + random.nextInt(19) + "&page=" + (1 + random.nextInt(5)));
        double[] near = time(requests / 2, i -> open + "/service_at_locations?postcode=NG7%205HY&proximity=" + (1000 + random.nextInt(9000)));
        double b = p95(baseline);
        System.out.printf(Locale.ROOT, "directory listing p95 ms: %.2f (search %.2f, term %.2f, age %.2f, near %.2f; trivial endpoint %.2f,"
                        + " page ratio %.1f) over %d services%n", p95(page), p95(search), p95(term), p95(age), p95(near), b, p95(page) / b, have);
    }

    /** Milliseconds of each of n requests, one at a time; every answer must be 200. */
    private static double[] time(int n, IntFunction<String> url) throws IOException, InterruptedException {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            String u = url.apply(i);
            long t = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(u)).GET().build(), HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(u + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        return ms;
    }

    private static double p95(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long total(String page) {
        Matcher m = Pattern.compile("\"total_items\"\\s*:\\s*(\\d+)").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** A generated service in the Open Referral form another directory would send. */
    private static String service(Random random, int n) {
        String word = WORDS[random.nextInt(WORDS.length)];
        int min = random.nextInt(12);
        double lat = 52.90 + random.nextDouble() * 0.12;
        double lon = -1.25 + random.nextDouble() * 0.17;
        String org = "Benchmark organisation " + (n % 40);
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Generated " + word + " service " + n + "\",\"status\":\"active\","
                + "\"description\":\"A generated service about " + word + " for the directory benchmark, number " + n + "\","
                + "\"minimum_age\":" + min + ",\"maximum_age\":" + (min + 2 + random.nextInt(8)) + ","
                + "\"organization\":{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"" + org + "\",\"description\":\"Generated\"},"
                + "\"schedules\":[{\"id\":\"" + UUID.randomUUID() + "\",\"freq\":\"WEEKLY\",\"byday\":\"MO,WE\",\"opens_at\":\"09:00:00\","
                + "\"closes_at\":\"12:00:00\"}],"
                + "\"service_at_locations\":[{\"id\":\"" + UUID.randomUUID() + "\",\"location\":{\"id\":\"" + UUID.randomUUID()
                + "\",\"location_type\":\"physical\",\"name\":\"Benchmark venue " + (n % 200) + "\",\"latitude\":"
                + String.format(Locale.ROOT, "%.5f", lat) + ",\"longitude\":" + String.format(Locale.ROOT, "%.5f", lon) + "}}],"
                + "\"attributes\":[{\"id\":\"" + UUID.randomUUID() + "\",\"taxonomy_term\":{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\""
                + TERMS[random.nextInt(TERMS.length)].replace("\"", "") + "\",\"description\":\"x\"}}]}";
    }

    private static String token(String issuer, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=portal-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo-password";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("Keycloak refused a token: " + r.body());
        }
        return m.group(1);
    }
}
