package org.nottspartners.portal.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nottspartners.portal.core.person.PersonCandidateQuery;
import org.nottspartners.portal.core.person.PersonMatcher;
import org.nottspartners.portal.core.persistence.SchemaMigrator;
import org.nottspartners.portal.core.testing.MigratedDatabase;

/**
 * Person search over generated people in both councils: the p95 latency of the search-before-create
 * query ({@link PersonCandidateQuery}, the application's own SQL) for names typed with typos, nicknames
 * and swapped order, against the p95 of an exact indexed lookup of one UPN in the same run, both as the
 * application's database role under row-level security. Ends with one line:
 * {@code person search p95 ms: <x> (exact UPN lookup p95 ms: <y>, ratio <x/y>) over <n> persons}.
 */
public final class PersonSearchBenchmark {

    private static final String[] GIVEN = {"william", "bill", "oliver", "jack", "harry", "george", "noah", "leo", "arthur",
        "muhammad", "oscar", "charlie", "jacob", "thomas", "henry", "james", "alfie", "joshua", "freddie", "archie",
        "olivia", "amelia", "isla", "ava", "mia", "ivy", "lily", "isabella", "rosie", "sophia", "grace", "poppy", "ella",
        "evie", "freya", "florence", "emily", "charlotte", "elizabeth", "katherine", "margaret", "robert", "richard",
        "samuel", "daniel", "joseph", "anthony", "alexander", "christopher", "edward", "benjamin", "matthew",
        "nicholas", "jennifer", "rebecca", "victoria", "patricia", "susan", "deborah", "abigail", "zainab", "aisha",
        "fatima", "ibrahim", "yusuf", "priya", "arjun", "kofi", "amara", "chloe", "ruby", "lucy", "ellie", "daisy"};
    private static final String[] FAMILY = {"smith", "jones", "taylor", "brown", "williams", "wilson", "johnson",
        "davies", "patel", "wright", "robinson", "wood", "thompson", "evans", "walker", "white", "roberts", "green",
        "hall", "thomas", "clarke", "jackson", "lewis", "hill", "harris", "clark", "martin", "cooper", "king", "lee",
        "baker", "harrison", "morgan", "allen", "james", "scott", "moore", "phillips", "watson", "davis", "parker",
        "bennett", "price", "griffiths", "young", "turner", "hughes", "edwards", "khan", "ali", "hussain", "begum",
        "ahmed", "singh", "kaur", "okafor", "mensah", "nowak", "kowalski", "marsh", "bramley", "sherwood", "trent",
        "lacey", "pearson", "hardy", "booth", "barker", "fletcher", "gibson", "holmes", "kelly", "mason", "marshall"};
    private static final String[] ENDINGS = {"", "s", "son", "ton", "ley", "field", "wood", "er", "by", "ham", "well",
        "ford", "worth", "stone", "bridge", "dale", "brook", "more", "land", "shaw"};

    private PersonSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int persons = Integer.getInteger("benchmark.persons", 1_000_000);
        int queries = Integer.getInteger("benchmark.queries", 1000);
        try (MigratedDatabase db = MigratedDatabase.withChangelogs()) {
            long t0 = System.nanoTime();
            generate(db, persons);
            System.out.printf("generated %d persons in %.0f s%n", persons, (System.nanoTime() - t0) / 1e9);
            String appUrl = db.jdbcUrl().replace("user=postgres", "user=bench_app").replace("password=postgres", "password=bench");
            try (Connection app = DriverManager.getConnection(appUrl, "bench_app", "bench")) {
                app.createStatement().execute("select set_config('portal.tenant', 'county', false)");
                List<String[]> sample = sample(app, queries);
                Random random = new Random(42);
                // warm up both
                for (int i = 0; i < Math.min(200, sample.size()); i++) {
                    search(app, typed(sample.get(i), random));
                    lookUpUpn(app, sample.get(i)[2]);
                }
                long[] fuzzy = new long[sample.size()];
                long[] exact = new long[sample.size()];
                int found = 0;
                for (int i = 0; i < sample.size(); i++) {
                    String[] person = sample.get(i);
                    String name = typed(person, random);
                    long a = System.nanoTime();
                    List<String> ids = search(app, name);
                    fuzzy[i] = System.nanoTime() - a;
                    if (ids.contains(person[3])) {
                        found++;
                    }
                    long b = System.nanoTime();
                    lookUpUpn(app, person[2]);
                    exact[i] = System.nanoTime() - b;
                }
                double x = p95(fuzzy);
                double y = p95(exact);
                System.out.printf("the person sought was among the candidates in %d of %d searches%n", found, sample.size());
                System.out.printf("person search p95 ms: %.2f (exact UPN lookup p95 ms: %.2f, ratio %.1f) over %d persons%n",
                        x, y, x / y, persons);
            }
        }
    }

    /** The search indexes of db/changelog/core/person-search.xml: name, then definition. */
    private static final List<String> SEARCH_INDEXES = List.of(
            "core_person_search_name_ix on core_person (tenant_id, search_family, search_given) include (id)",
            "core_person_search_family_ix on core_person (tenant_id, search_family_key) include (id, search_given, search_family)",
            "core_person_search_given_ix on core_person (tenant_id, search_given_key) include (id, search_given, search_family)",
            "core_person_search_sound_ix on core_person (tenant_id, search_sound) include (id, search_given, search_family)",
            "core_person_search_born_ix on core_person (tenant_id, date_of_birth) include (id, search_given, search_family)");

    /**
     * Generates people in both councils (a third City, two thirds County), then builds the search indexes.
     * Every given name meets every family name (74 x 1,480 names, about 6 people of a council per full name
     * at a million). With {@code -Dbenchmark.legacyNames=true}, as before: each family name with one given
     * name only, so only 1,480 full names, about 450 people of a council each at a million, more than the
     * 50 candidates a search returns, so that whoever of them was sought is found by chance.
     */
    private static void generate(MigratedDatabase db, int persons) throws SQLException {
        String familyOf = Boolean.getBoolean("benchmark.legacyNames") ? "i" : "(i / " + GIVEN.length + ")";
        List<String> families = new ArrayList<>();
        for (String f : FAMILY) {
            for (String e : ENDINGS) {
                families.add(f + e);
            }
        }
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("create role bench_app login password 'bench'");
            new SchemaMigrator(PersonSearchBenchmark.class.getClassLoader()).grantApplicationRole(c, "bench_app");
            for (String index : SEARCH_INDEXES) {
                s.execute("drop index " + index.substring(0, index.indexOf(' ')));
            }
            s.execute("insert into core_person (id, tenant_id, given_name, family_name, date_of_birth, kind, postcode, upn,"
                    + " version, created_at, created_by, changed_at, changed_by)"
                    + " select gen_random_uuid(), case when i % 3 = 0 then 'city' else 'county' end,"
                    + " initcap((" + array(Arrays.asList(GIVEN)) + ")[1 + (i::bigint * 7919) % " + GIVEN.length + "]),"
                    + " initcap((" + array(families) + ")[1 + (" + familyOf + "::bigint * 104729) % " + families.size() + "]),"
                    + " date '2005-01-01' + (i % 6500), 'CHILD',"
                    + " 'NG' || (1 + i % 25) || ' ' || (i % 10) || chr(65 + i % 26) || chr(65 + (i / 26) % 26),"
                    + " 'X' || lpad(i::text, 12, '0'), 1, now(), 'benchmark', now(), 'benchmark'"
                    + " from generate_series(1, " + persons + ") i");
            // the same indexes as the changelog makes (dropped and rebuilt only to load faster)
            for (String index : SEARCH_INDEXES) {
                s.execute("create index " + index);
            }
            // as autovacuum leaves a table in use (all-visible), so that the search's covering indexes are read alone
            s.execute("vacuum analyze core_person");
        }
    }

    private static String array(List<String> values) {
        return "array['" + String.join("','", values) + "']";
    }

    /** Random people of the council: given name, family name, UPN, id. */
    private static List<String[]> sample(Connection app, int n) throws SQLException {
        List<String[]> people = new ArrayList<>();
        try (ResultSet rs = app.createStatement().executeQuery(
                "select given_name, family_name, upn, id from core_person tablesample system (1) limit " + n)) {
            while (rs.next()) {
                people.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        return people;
    }

    /** The name as a user might type it: a typo in the family name, a short form, or the names swapped. */
    private static String typed(String[] person, Random random) {
        String given = person[0];
        String family = person[1];
        switch (random.nextInt(3)) {
            case 0 -> {
                int at = 1 + random.nextInt(Math.max(1, family.length() - 2));
                family = family.substring(0, at) + family.charAt(Math.min(at + 1, family.length() - 1)) + family.charAt(at)
                        + family.substring(Math.min(at + 2, family.length()));
            }
            case 1 -> given = org.nottspartners.portal.core.person.Nicknames.variantsOf(given).stream()
                    .filter(v -> !v.equalsIgnoreCase(person[0])).findFirst().orElse(given);
            default -> {
                return family + " " + given;
            }
        }
        return given + " " + family;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private static List<String> search(Connection app, String name) throws SQLException {
        var criteria = PersonMatcher.Criteria.of(name, null, null, null, null);
        List<Object> values = PersonCandidateQuery.parameters(criteria);
        Matcher m = PARAMETER.matcher(PersonCandidateQuery.SQL);
        List<Integer> order = new ArrayList<>();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = app.prepareStatement(PARAMETER.matcher(PersonCandidateQuery.SQL).replaceAll("?"))) {
            for (int i = 0; i < order.size(); i++) {
                ps.setObject(i + 1, values.get(order.get(i) - 1));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void lookUpUpn(Connection app, String upn) throws SQLException {
        try (PreparedStatement ps = app.prepareStatement(
                "select id, given_name, family_name, date_of_birth, postcode, upn, nhs_number from core_person where upn = ?")) {
            ps.setString(1, upn);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    private static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
    }
}
