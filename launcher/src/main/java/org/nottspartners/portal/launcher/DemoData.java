package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data for command 1 (issue 14): on the first start of a fresh database, each council gets a few hundred
 * generated people in families and early help cases at every stage, made the way users make them, through the
 * portal's own API as the demo users (so every rule, clock, letter and audit line is the real one); then some cases
 * and clocks are moved back in time in the database so that lists show work due and overdue. Each council's
 * notice setting says on every page that the data is generated. Switched off with {@code -Dportal.demo-data=false}.
 * Nothing here is used by the tests or in production.
 */
final class DemoData {

    /** A council's demo users and words: who refers, who manages, who works cases, its teams and levels. */
    private record Council(String id, String referrer, String otherReferrer, String manager, String worker, List<String> teams,
            String additional, String extensive, String closedOutcome, String programmeStatus, boolean practitionerCafs) {
    }

    private static final List<Council> COUNCILS = List.of(
            new Council("city", "sam.school", "jo.health", "tess.citymanager", "casey.city",
                    List.of("city-hub-bestwood", "city-hub-broxtowe", "city-hub-hyson-green", "city-hub-meadows"),
                    "ADDITIONAL", "EXTENSIVE", "NEEDS_MET", null, true),
            new Council("county", "pat.police", "jo.health", "morgan.county", "morgan.county",
                    List.of("county-ehcm-south", "county-ehcm-west", "county-ehcm-north"),
                    "P2P_L2", "P2P_L3", "FULLY_RESOLVED", "READY_FOR_CLAIM", false));

    private static final String[] FAMILY_NAMES = {"Ashworth", "Begum", "Clarke", "Dunmore", "Evans", "Fenwick", "Gallagher",
        "Hussain", "Iqbal", "Jackson", "Kowalski", "Lawson", "Mensah", "Nowak", "Okafor", "Patel", "Quinn", "Robinson",
        "Singh", "Thompson", "Usman", "Varga", "Walker", "Xavier", "Young", "Zielinski", "Adeyemi", "Bennett", "Chowdhury",
        "Douglas", "Ellis", "Fraser", "Green", "Hall", "Ibrahim", "Jones", "Khan", "Lewis", "Morris", "Nelson"};
    private static final String[] ADULTS = {"Lena", "Dana", "Marcus", "Aisha", "Tom", "Priya", "Kelly", "Jamal", "Sarah", "Mohammed",
        "Gemma", "Dariusz", "Chloe", "Wayne", "Fatima", "Lee"};
    private static final String[] CHILDREN = {"Kai", "Ellie", "Noah", "Amara", "Leo", "Maya", "Tobi", "Zara", "Remy", "Isla", "Omar",
        "Ruby", "Jayden", "Lily", "Ayaan", "Mia", "Finley", "Hana", "Oscar", "Evie"};
    private static final String[] CONCERNS = {"Late most days and often hungry; mother unwell", "Low mood, missing school, parents separating",
        "Rent arrears and overcrowding; toddler's speech delayed", "Father's drinking; arguments at home the children hear",
        "Young carer for a disabled parent; tired in class", "Attendance below 85% this term; mornings chaotic",
        "Anxious, not eating at school; bullying online", "New to the area, isolated mother, baby not registered with a GP"};

    /** A request's answer: its status and body. */
    private record Answer(int status, String body) {
        String field(String name) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String api;
    private final String tokenUrl;
    private final Map<String, String> tokens = new HashMap<>();
    private final Random random = new Random(23);
    private final List<String> problems = new ArrayList<>();
    private int people;
    private int cases;

    private DemoData(String apiBase, String issuer) {
        this.api = apiBase;
        this.tokenUrl = issuer + "/protocol/openid-connect/token";
    }

    /**
     * Loads the demo data once: the marker file in the database's folder says it is there (a fresh database has
     * none). Returns a line for the console.
     */
    static String loadOnce(PortalDatabase db, Path dataDir, String apiBase, String issuer) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("portal.demo-data", "true"))) {
            return "Demo data: off (-Dportal.demo-data=false)";
        }
        Path marker = dataDir.resolve("portal-demo-data-loaded");
        if (Files.exists(marker)) {
            return "Demo data: already loaded on an earlier start";
        }
        DemoData demo = new DemoData(apiBase, issuer);
        for (Council c : COUNCILS) {
            demo.load(c);
        }
        demo.backdate(db);
        Files.writeString(marker, "generated " + java.time.Instant.now() + System.lineSeparator());
        return "Demo data: " + demo.people + " people and " + demo.cases + " early help cases generated in the two councils, "
                + demo.problems.size() + " problems" + (demo.problems.isEmpty() ? "" : ": " + String.join("; ", demo.problems.subList(0,
                        Math.min(5, demo.problems.size()))));
    }

    private void load(Council c) throws IOException, InterruptedException {
        String admin = c.id().equals("city") ? "ada.cityadmin" : "cal.countyadmin";
        call(admin, "PUT", "/" + c.id() + "/admin/settings/portal.demo-notice",
                "{\"value\":\"Demo data: every person, family and case in this council is generated for trying the portal; none is"
                        + " real.\",\"effectiveFrom\":\"2000-01-01\"}", 200);
        List<String[]> children = new ArrayList<>();
        for (int f = 0; f < 60; f++) {
            String surname = FAMILY_NAMES[(f + (c.id().equals("city") ? 0 : 17)) % FAMILY_NAMES.length];
            String parent = person(c, c.worker(), ADULTS[random.nextInt(ADULTS.length)], surname, 25 + random.nextInt(20),
                    "PARENT_OR_CARER");
            int kids = 1 + random.nextInt(3);
            for (int k = 0; k < kids && parent != null; k++) {
                String child = person(c, c.worker(), CHILDREN[random.nextInt(CHILDREN.length)], surname, 1 + random.nextInt(16), "CHILD");
                if (child == null) {
                    continue;
                }
                call(c.worker(), "POST", "/" + c.id() + "/people/" + parent + "/relationships", "{\"type\":\""
                        + (random.nextBoolean() ? "MOTHER" : "FATHER") + "\",\"relatedPersonId\":\"" + child
                        + "\",\"parentalResponsibility\":true}", 201);
                if (k == 0) {
                    children.add(new String[] {child, surname});
                }
            }
        }
        String[] stages = {"REFERRED", "WITH_TEAM", "WAITING", "ALLOCATED", "PLAN", "CLOSED", "DECLINED"};
        for (int i = 0; i < children.size() && i < 42; i++) {
            String stage = stages[i % stages.length];
            boolean caf = c.practitionerCafs() && i % 7 == 3 && i > 20;
            caseAt(c, children.get(i)[0], i, caf ? "CAF" : stage);
        }
        housing(c);
        directory(c);
    }

    /**
     * The services directory (issue 19): the organisations, places and services the councils' own documents name
     * ({@code demo/directory.tsv}), through the staff API as the council's administrator would enter them.
     */
    private void directory(Council c) throws IOException, InterruptedException {
        String admin = c.id().equals("city") ? "ada.cityadmin" : "cal.countyadmin";
        String base = "/" + c.id() + "/directory";
        Answer taxonomies = call(admin, "GET", base + "/taxonomies", null, 200);
        Map<String, String> terms = new HashMap<>();
        if (taxonomies != null) {
            Matcher term = Pattern.compile("\\{[^{}]*\"taxonomyId\"[^{}]*}").matcher(taxonomies.body());
            while (term.find()) {
                Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(term.group());
                if (name.find()) {
                    terms.put(name.group(1), new Answer(200, term.group()).field("id"));
                }
            }
        }
        // where a few postcodes are, for searches by distance (demo: approximate, not from the ONS Postcode Directory)
        call(admin, "PUT", base + "/postcodes", c.id().equals("city")
                ? "{\"postcodes\":{\"NG1 5FS\":[52.9530,-1.1500],\"NG7 5HY\":[52.9650,-1.1690],\"NG2 2JP\":[52.9410,-1.1490]}}"
                : "{\"postcodes\":{\"NG18 1AA\":[53.1430,-1.1960],\"NG24 1AA\":[53.0760,-0.8090],\"NG2 7AA\":[52.9300,-1.1250]}}", 200);
        Map<String, String> ids = new HashMap<>();
        List<String> lines;
        try (var in = DemoData.class.getResourceAsStream("/demo/directory.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (!f[1].equals(c.id())) {
                continue;
            }
            Answer a = switch (f[0]) {
                case "org" -> call(admin, "POST", base + "/organisations", "{\"name\":" + quoted(f[3]) + ",\"description\":" + quoted(f[4])
                        + (f[5].isBlank() ? "" : ",\"signInOrganisation\":" + quoted(f[5])) + "}", 201);
                case "place" -> call(admin, "POST", base + "/locations", "{\"locationType\":\"physical\",\"name\":" + quoted(f[3])
                        + ",\"description\":\"Demo: the position is the middle of the area\",\"latitude\":" + f[4]
                        + ",\"longitude\":" + f[5] + ",\"accessibility\":" + quoted(f[6]) + "}", 201);
                case "service" -> call(admin, "POST", base + "/services", service(f, ids, terms), 201);
                default -> null;
            };
            if (a != null && !f[0].equals("service")) {
                ids.put(f[0] + ":" + f[2], a.field("id"));
            }
        }
    }

    /** A service's entry from its line of the demo directory. */
    private static String service(String[] f, Map<String, String> ids, Map<String, String> terms) {
        String termIds = java.util.Arrays.stream(f[8].split(";")).map(terms::get).filter(java.util.Objects::nonNull)
                .map(DemoData::quoted).collect(java.util.stream.Collectors.joining(","));
        String places = f[9].isBlank() ? "" : java.util.Arrays.stream(f[9].split(";")).map(k -> ids.get("place:" + k))
                .filter(java.util.Objects::nonNull).map(DemoData::quoted).collect(java.util.stream.Collectors.joining(","));
        String schedule = f[10].isBlank() ? "" : "{\"freq\":\"WEEKLY\",\"byday\":\"" + f[10] + "\",\"opensAt\":\"" + f[11]
                + ":00\",\"closesAt\":\"" + f[12] + ":00\"}";
        return "{\"organisationId\":" + quoted(ids.get("org:" + f[2])) + ",\"name\":" + quoted(f[3]) + ",\"description\":" + quoted(f[4])
                + ",\"howToAccess\":" + quoted(f[5]) + ",\"status\":\"active\",\"minimumAge\":" + (f[6].isBlank() ? "null" : f[6])
                + ",\"maximumAge\":" + (f[7].isBlank() ? "null" : f[7]) + ",\"reviewedOn\":\"" + LocalDate.now().minusMonths(2)
                + "\",\"termIds\":[" + termIds + "],\"locationIds\":[" + places + "],\"schedules\":[" + schedule + "],"
                + "\"contacts\":[{\"name\":" + quoted(f[13]) + ",\"phone\":" + quoted(f[14]) + "}],"
                + "\"costs\":[{\"option\":\"Each session\",\"amount\":0,\"amountDescription\":\"Free\"}],\"languages\":[\"English\"]}";
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** 16/17 housing: the council's providers, young people on the waiting list and one open emergency (issue 17). */
    private void housing(Council c) throws IOException, InterruptedException {
        String officer = c.id().equals("city") ? "hana.cityhousing" : "harper.housing";
        String base = "/" + c.id() + "/housing";
        call(officer, "POST", base + "/providers", "{\"name\":\"Framework emergency beds\",\"organisation\":\"Framework Housing"
                + " Association\",\"kind\":\"EMERGENCY_BED\",\"vacancies\":3}", 201);
        call(officer, "POST", base + "/providers", "{\"name\":\"Framework supported flats\",\"organisation\":\"Framework Housing"
                + " Association\",\"kind\":\"SUPPORTED_ACCOMMODATION\",\"vacancies\":2}", 201);
        if (c.id().equals("county")) {
            call(officer, "POST", base + "/providers", "{\"name\":\"Hope Street house\",\"organisation\":\"Hope Street Supported"
                    + " Housing\",\"kind\":\"SUPPORTED_ACCOMMODATION\",\"vacancies\":1}", 201);
        }
        String[][] waiting = {{"Jordan", "sofa", "some", "medium", "not-yet", "no"}, {"Casey", "rough", "significant", "high", "not-safe", "no"},
            {"Alex", "home", "none", "low", "possible", "yes"}};
        for (String[] w : waiting) {
            String young = person(c, officer, w[0], FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)], 16 + random.nextInt(2), "CHILD");
            if (young != null) {
                call(officer, "POST", base + "/a1s", "{\"personId\":\"" + young + "\",\"route\":\"SERVED_NOTICE\",\"answers\":{"
                        + "\"sleeping\":\"" + w[1] + "\",\"risk\":\"" + w[2] + "\",\"support\":\"" + w[3] + "\",\"mediation\":\""
                        + w[4] + "\",\"ete\":\"" + w[5] + "\"}}", 201);
            }
        }
        String presenting = person(c, officer, "Riley", FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)], 16, "CHILD");
        if (presenting != null) {
            call(officer, "POST", base + "/presentations", "{\"personId\":\"" + presenting + "\",\"reason\":\"SOFA_SURFING\","
                    + "\"circumstances\":\"Asked to leave a friend's home tonight\"}", 201);
        }
    }

    private String person(Council c, String user, String given, String family, int age, String kind) throws IOException,
            InterruptedException {
        Answer a = call(user, "POST", "/" + c.id() + "/people", "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"" + LocalDate.now().minusYears(age).minusDays(random.nextInt(360)) + "\",\"kind\":\""
                + kind + "\",\"postcode\":\"" + (c.id().equals("city") ? "NG7 2BB" : "NG18 1AA") + "\"}", 201);
        if (a == null) {
            return null;
        }
        people++;
        return a.field("id");
    }

    private void caseAt(Council c, String child, int i, String stage) throws IOException, InterruptedException {
        String referrer = i % 2 == 0 ? c.referrer() : c.otherReferrer();
        String level = i % 3 == 0 ? c.extensive() : c.additional();
        String body = "{\"indexChildId\":\"" + child + "\",\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\""
                + CONCERNS[i % CONCERNS.length] + "\",\"believedLevel\":\"" + level + "\",\"urgent\":" + (i % 9 == 0)
                + (i % 9 == 0 ? ",\"urgencyReason\":\"Family at risk of eviction this week\"" : "")
                + ",\"assessmentForm\":\"Family keen for help; strengths: loving parent, good school links\","
                + "\"consentGivenBy\":\"Parent\",\"consentDate\":\"" + LocalDate.now() + "\",\"consentEvidence\":\"Signed consent form\","
                + "\"referrerContact\":\"0115 900 " + String.format("%04d", i) + "\"}";
        if (stage.equals("CAF")) {
            Answer started = call(c.referrer(), "POST", "/" + c.id() + "/early-help/cafs", body, 201);
            if (started != null) {
                cases++;
                call(c.referrer(), "POST", "/" + c.id() + "/early-help/cases/" + started.field("id") + "/team",
                        "{\"userName\":\"" + c.otherReferrer() + "\"}", 201);
            }
            return;
        }
        Answer referred = call(referrer, "POST", "/" + c.id() + "/early-help/referrals", body, 201);
        if (referred == null) {
            return;
        }
        cases++;
        String id = referred.field("id");
        String path = "/" + c.id() + "/early-help/cases/" + id;
        if (stage.equals("REFERRED")) {
            return;
        }
        if (stage.equals("DECLINED")) {
            step(c.manager(), path, "decision", "\"decision\":\"DECLINE\",\"decidedLevel\":\"" + level
                    + "\",\"reasons\":\"Needs met by the school's pastoral support; advice given to the referrer\"");
            return;
        }
        String team = c.teams().get(i % c.teams().size());
        step(c.manager(), path, "decision", "\"decision\":\"ACCEPT_TO_TEAM\",\"teamCode\":\"" + team + "\",\"decidedLevel\":\""
                + level + "\",\"reasons\":\"Needs meet the level; the family wants help\"");
        if (stage.equals("WITH_TEAM")) {
            return;
        }
        if (stage.equals("WAITING") || stage.equals("CLOSED") && i % 2 == 0) {
            step(c.manager(), path, "waiting-list", "\"risk\":\"" + new String[] {"RED", "AMBER", "GREEN"}[i % 3]
                    + "\",\"existingSupport\":\"" + new String[] {"LOW", "MEDIUM", "HIGH"}[(i / 3) % 3] + "\"");
            if (stage.equals("WAITING")) {
                return;
            }
        }
        step(c.manager(), path, "allocation", "\"worker\":\"" + c.worker() + "\"");
        step(c.worker(), path, "contact", "\"kind\":\"HOME_VISIT\",\"note\":\"Visited the family at home; plan to meet school\"");
        if (stage.equals("ALLOCATED")) {
            return;
        }
        step(c.worker(), path, "assessment", "\"summary\":\"Strengths and needs agreed with the family\",\"domains\":{"
                + "\"CHILD_DEVELOPMENT\":\"Attendance and mood\",\"PARENTS_AND_CARERS\":\"Loving, stretched\","
                + "\"FAMILY_AND_ENVIRONMENT\":\"Housing and money worries\"}");
        call(c.worker(), "POST", path + "/targets", "{\"need\":\"Routines\",\"target\":\"The children at school on time every day\","
                + "\"measure\":\"Attendance above 95% for 6 weeks\",\"owner\":\"Parent and school\",\"dueOn\":\""
                + LocalDate.now().plusWeeks(8) + "\"}", 201);
        step(c.worker(), path, "plan", "");
        if (stage.equals("PLAN")) {
            return;
        }
        step(c.worker(), path, "closure", "\"outcome\":\"" + c.closedOutcome() + "\",\"reasons\":\"Attendance up, routines settled\""
                + (c.programmeStatus() == null ? "" : ",\"programmeStatus\":\"" + c.programmeStatus() + "\""));
    }

    /** A step on a case, at the version it has now. */
    private void step(String user, String path, String what, String fields) throws IOException, InterruptedException {
        Answer read = call(user, "GET", path, null, 200);
        if (read == null) {
            return;
        }
        call(user, "POST", path + "/" + what, "{\"version\":" + read.field("version") + (fields.isEmpty() ? "" : "," + fields) + "}",
                200);
    }

    /**
     * Moves the generated cases and their clocks back by up to 12 weeks, so that the lists and dashboards show work in
     * time, due soon and overdue, as a council's would.
     */
    private void backdate(PortalDatabase db) throws SQLException {
        try (Connection c = db.superuserConnection()) {
            c.setAutoCommit(false);
            exec(c, "create temporary table demo_shift as select id, (abs(hashtext(id::text)) % 84) as days from eh_case");
            exec(c, "update eh_case e set received_at = received_at - s.days * interval '1 day',"
                    + " waiting_since = waiting_since - s.days * interval '1 day', allocated_at = allocated_at - s.days * interval '1 day',"
                    + " decided_at = decided_at - s.days * interval '1 day' from demo_shift s where s.id = e.id");
            exec(c, "update core_standard_clock k set started_at = k.started_at - s.days * interval '1 day',"
                    + " due_at = k.due_at - s.days * interval '1 day' from demo_shift s where k.subject_id = s.id::text");
            exec(c, "update core_history_entry h set happened_at = h.happened_at - s.days * interval '1 day'"
                    + " from demo_shift s where h.subject_id = s.id");
            c.commit();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private Answer call(String user, String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            problems.add(method + " " + path + " as " + user + ": " + r.statusCode() + " " + r.body().substring(0,
                    Math.min(200, r.body().length())));
            return null;
        }
        return new Answer(r.statusCode(), r.body());
    }

    private String token(String user) throws IOException, InterruptedException {
        String cached = tokens.get(user);
        if (cached != null) {
            return cached;
        }
        String form = "grant_type=password&client_id=portal-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo-password";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + r.body());
        }
        tokens.put(user, m.group(1));
        return m.group(1);
    }
}
