package org.nottspartners.portal.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nottspartners.portal.core.person.PartialDate;
import org.nottspartners.portal.core.person.PersonCandidateQuery;
import org.nottspartners.portal.core.person.PersonMatcher;
import org.nottspartners.portal.core.persistence.SchemaMigrator;
import org.nottspartners.portal.core.testing.MigratedDatabase;

/**
 * Person search over generated people in both councils: the p95 latency of the search-before-create
 * query ({@link PersonCandidateQuery}, the application's own SQL) for names typed with typos, nicknames
 * and swapped order, double-barrelled last names typed with a space for the hyphen or in part only, and
 * dates of birth nearly right (issue 20), against the p95 of an exact indexed lookup of one UPN in the
 * same run, both as the application's database role under row-level security. Says how often the person
 * sought was among the candidates, in all and by kind of entry, and how often the person was offered
 * first when a date of birth was typed. Ends with one line:
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

    /** One in this many people has a double-barrelled last name. */
    private static final int DOUBLE_BARRELLED = 10;

    /** The kinds of entry searched for, as {@link #typed} makes them. */
    private static final List<String> KINDS = List.of("typo in the last name", "short form of the first name",
            "names swapped", "date of birth nearly right", "hyphen typed as a space", "one part of the last name");

    private PersonSearchBenchmark() {
    }

    /** A search as typed: the name box, the date of birth box ("" for none) and which kind of entry it is. */
    private record Search(String name, String dateOfBirth, int kind) {
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
                int[] searchedByKind = new int[KINDS.size()];
                int[] foundByKind = new int[KINDS.size()];
                int withDate = 0;
                int first = 0;
                for (int i = 0; i < sample.size(); i++) {
                    String[] person = sample.get(i);
                    Search typed = typed(person, random);
                    long a = System.nanoTime();
                    List<Object[]> rows = search(app, typed);
                    fuzzy[i] = System.nanoTime() - a;
                    searchedByKind[typed.kind()]++;
                    if (rows.stream().anyMatch(r -> r[0].equals(person[3]))) {
                        found++;
                        foundByKind[typed.kind()]++;
                    } else if (Boolean.getBoolean("benchmark.debug")) {
                        System.out.println("MISS " + typed + " for " + String.join("|", person) + " rows " + rows.size()
                                + " first " + (rows.isEmpty() ? "" : java.util.Arrays.toString(rows.get(0))));
                    }
                    if (!typed.dateOfBirth().isEmpty()) {
                        withDate++;
                        if (offeredFirst(rows, typed).equals(person[3])) {
                            first++;
                        }
                    }
                    long b = System.nanoTime();
                    lookUpUpn(app, person[2]);
                    exact[i] = System.nanoTime() - b;
                }
                double x = p95(fuzzy);
                double y = p95(exact);
                System.out.printf("the person sought was among the candidates in %d of %d searches%n", found, sample.size());
                StringBuilder byKind = new StringBuilder("by kind of entry:");
                for (int k = 0; k < KINDS.size(); k++) {
                    byKind.append(String.format(" %s %d of %d%s", KINDS.get(k), foundByKind[k], searchedByKind[k],
                            k < KINDS.size() - 1 ? ";" : ""));
                }
                System.out.println(byKind);
                System.out.printf("with a date of birth typed, the person sought was offered first in %d of %d searches%n",
                        first, withDate);
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
            "core_person_search_born_ix on core_person (tenant_id, date_of_birth) include (id, search_given, search_family)",
            "core_person_search_family_first_ix on core_person (tenant_id, search_family_first_key)"
                    + " include (id, search_given, search_family) where search_family_first_key is not null",
            "core_person_search_family_last_ix on core_person (tenant_id, search_family_last_key)"
                    + " include (id, search_given, search_family) where search_family_last_key is not null");

    /**
     * Generates people in both councils (a third City, two thirds County), then builds the search indexes.
     * Every given name meets every family name (74 x 1,480 names, about 6 people of a council per full name
     * at a million). With {@code -Dbenchmark.legacyNames=true}, as before: each family name with one given
     * name only, so only 1,480 full names, about 450 people of a council each at a million, more than the
     * 50 candidates a search returns, so that whoever of them was sought is found by chance. One person in
     * {@value #DOUBLE_BARRELLED} has a double-barrelled last name: their own and another, with a hyphen.
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
                    + " initcap((" + array(families) + ")[1 + (" + familyOf + "::bigint * 104729) % " + families.size() + "]"
                    + " || case when i % " + DOUBLE_BARRELLED + " = 0 then '-' || (" + array(families) + ")[1 + (i::bigint * 15485863) % "
                    + families.size() + "] else '' end),"
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

    /** Random people of the council: given name, family name, UPN, id, date of birth. */
    private static List<String[]> sample(Connection app, int n) throws SQLException {
        List<String[]> people = new ArrayList<>();
        try (ResultSet rs = app.createStatement().executeQuery(
                "select given_name, family_name, upn, id, date_of_birth from core_person tablesample system (1) limit " + n)) {
            while (rs.next()) {
                people.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        return people;
    }

    /**
     * The person as a user might type them. Someone with a double-barrelled last name: with a space for the
     * hyphen (with the date of birth every other time), or one part of it only with the date of birth, or
     * a date of birth nearly right. Anyone else: a typo in the family name, a short form, the names
     * swapped, or the date of birth nearly right (day and month swapped, or one digit wrong).
     */
    private static Search typed(String[] person, Random random) {
        String given = person[0];
        String family = person[1];
        LocalDate born = LocalDate.parse(person[4]);
        String bornAsWritten = born.format(AS_WRITTEN);
        boolean doubleBarrelled = family.contains("-");
        int kind = doubleBarrelled ? 3 + random.nextInt(3) : random.nextInt(4);
        switch (kind) {
            case 0 -> {
                int at = 1 + random.nextInt(Math.max(1, family.length() - 2));
                family = family.substring(0, at) + family.charAt(Math.min(at + 1, family.length() - 1)) + family.charAt(at)
                        + family.substring(Math.min(at + 2, family.length()));
                return new Search(given + " " + family, "", kind);
            }
            case 1 -> {
                given = org.nottspartners.portal.core.person.Nicknames.variantsOf(given).stream()
                        .filter(v -> !v.equalsIgnoreCase(person[0])).findFirst().orElse(given);
                return new Search(given + " " + family, "", kind);
            }
            case 2 -> {
                return new Search(family + " " + given, "", kind);
            }
            case 3 -> {
                return new Search(given + " " + family, nearly(born, random), kind);
            }
            case 4 -> {
                return new Search(given + " " + family.replace('-', ' '), random.nextBoolean() ? bornAsWritten : "", kind);
            }
            default -> {
                String[] parts = family.split("-");
                return new Search(given + " " + parts[random.nextInt(parts.length)], bornAsWritten, kind);
            }
        }
    }

    private static final DateTimeFormatter AS_WRITTEN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The date of birth as written with day and month swapped, when they can be, or else one digit wrong. */
    private static String nearly(LocalDate born, Random random) {
        if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue() && random.nextBoolean()) {
            return String.format(java.util.Locale.ROOT, "%02d/%02d/%d", born.getMonthValue(), born.getDayOfMonth(), born.getYear());
        }
        while (true) {
            char[] digits = born.format(AS_WRITTEN).toCharArray();
            int at = new int[] {0, 1, 3, 4, 9}[random.nextInt(5)];
            digits[at] = (char) ('0' + random.nextInt(10));
            String typed = new String(digits);
            if (!typed.equals(born.format(AS_WRITTEN)) && PartialDate.parse(typed).isPresent()) {
                return typed;
            }
        }
    }

    /** The id of the person the directory would offer first among these rows. */
    private static String offeredFirst(List<Object[]> rows, Search typed) {
        var criteria = PersonMatcher.Criteria.of(typed.name(), typed.dateOfBirth(), null, null, null);
        return rows.stream()
                .flatMap(row -> {
                    PersonMatcher.Candidate candidate = PersonCandidateQuery.candidate(row);
                    return PersonMatcher.match(criteria, candidate)
                            .map(m -> new PersonMatcher.Judged(PersonCandidateQuery.id(row), candidate, m)).stream();
                })
                .sorted(PersonMatcher.BEST_FIRST)
                .map(j -> j.id().toString())
                .findFirst().orElse("");
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    /** The rows of the candidate query for what was typed, as the directory receives them (id as text). */
    private static List<Object[]> search(Connection app, Search typed) throws SQLException {
        var criteria = PersonMatcher.Criteria.of(typed.name(), typed.dateOfBirth(), null, null, null);
        List<Object> values = PersonCandidateQuery.parameters(criteria);
        Matcher m = PARAMETER.matcher(PersonCandidateQuery.SQL);
        List<Integer> order = new ArrayList<>();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = app.prepareStatement(PARAMETER.matcher(PersonCandidateQuery.SQL).replaceAll("?"))) {
            for (int i = 0; i < order.size(); i++) {
                ps.setObject(i + 1, values.get(order.get(i) - 1));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getString(7)});
                }
            }
        }
        return rows;
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
