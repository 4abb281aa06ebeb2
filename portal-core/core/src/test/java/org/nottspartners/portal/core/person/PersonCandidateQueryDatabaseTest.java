package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.persistence.SchemaMigrator;
import org.nottspartners.portal.core.testing.MigratedDatabase;

/**
 * The candidate query against core's migrated schema: the keys the database stores and the keys
 * {@link PersonCandidateQuery} computes for what was typed must agree, or a person is never found
 * (issue 20: a double-barrelled last name typed with a space instead of its hyphen found nobody).
 */
class PersonCandidateQueryDatabaseTest {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    static MigratedDatabase db;
    static Connection owner;
    /** As the application connects: its own role, under row-level security. */
    static Connection connection;
    static UUID janeFletcherBrown;
    static UUID janeBrown;
    static UUID ciaraOBrien;
    static UUID maryAnnSmith;

    @BeforeAll
    static void people() throws Exception {
        db = MigratedDatabase.withChangelogs();
        owner = db.connection();
        owner.createStatement().execute("create role search_app login password 'search'");
        new SchemaMigrator(PersonCandidateQueryDatabaseTest.class.getClassLoader()).grantApplicationRole(owner, "search_app");
        connection = DriverManager.getConnection(db.jdbcUrl().replace("user=postgres", "user=search_app")
                .replace("password=postgres", "password=search"), "search_app", "search");
        connection.createStatement().execute("select set_config('portal.tenant', 'city', false)");
        janeFletcherBrown = insert("Jane", "Fletcher-Brown", LocalDate.of(2015, 4, 2));
        janeBrown = insert("Jane", "Brown", LocalDate.of(2016, 7, 9));
        insert("Jane", "Fletcher", LocalDate.of(2014, 3, 1));
        ciaraOBrien = insert("Ciara", "O'Brien", LocalDate.of(2013, 1, 5));
        maryAnnSmith = insert("Mary-Ann", "Smith", LocalDate.of(2012, 11, 20));
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        owner.close();
        db.close();
    }

    @Test
    void aDoubleBarrelledLastNameTypedWithASpaceInsteadOfItsHyphenIsACandidate() throws SQLException {
        assertThat(candidates("Jane Fletcher Brown", null)).contains(janeFletcherBrown);
        assertThat(candidates("Jane Fletcher Brown", "02/04/2015")).contains(janeFletcherBrown);
        assertThat(candidates("Jane FletcherBrown", null)).contains(janeFletcherBrown);
        assertThat(candidates("Fletcher Brown Jane", null)).contains(janeFletcherBrown);
        assertThat(candidates("Jane Fletcher Brwon", null)).contains(janeFletcherBrown);
        assertThat(candidates("Fletcher Brown", null)).contains(janeFletcherBrown);
    }

    @Test
    void spacesAndApostrophesInEitherNameDoNotDecide() throws SQLException {
        assertThat(candidates("Ciara O Brien", null)).contains(ciaraOBrien);
        assertThat(candidates("Ciara OBrien", null)).contains(ciaraOBrien);
        assertThat(candidates("Mary Ann Smith", null)).contains(maryAnnSmith);
        assertThat(candidates("Maryann Smith", null)).contains(maryAnnSmith);
    }

    @Test
    void onePartOfADoubleBarrelledLastNameIsACandidate() throws SQLException {
        assertThat(candidates("Jane Brown", null)).contains(janeFletcherBrown, janeBrown);
        assertThat(candidates("Jane Fletcher", null)).contains(janeFletcherBrown);
        assertThat(candidates("Jane Fletcher-Brown", null)).contains(janeFletcherBrown, janeBrown);
    }

    @Test
    void theRightPersonIsOfferedFirst() throws SQLException {
        assertThat(offered("Jane Fletcher Brown", null)).first().isEqualTo(janeFletcherBrown);
        assertThat(offered("Jane Brown", "02/04/2015")).first().isEqualTo(janeFletcherBrown);
        assertThat(offered("Jane Fletcher", "02/04/2015")).first().isEqualTo(janeFletcherBrown);
        assertThat(offered("Jane Fletcher Brown", "04/02/2015")).first().isEqualTo(janeFletcherBrown);
        assertThat(offered("Jane Brown", null)).first().isEqualTo(janeBrown);
    }

    /**
     * Under row-level security PostgreSQL uses an index only for leakproof conditions (see
     * person-search.xml): with sequential scans made as dear as possible, every branch must still be an
     * index lookup, the parts of a family name included.
     */
    @Test
    void everyBranchIsAnIndexLookupUnderRowLevelSecurity() throws SQLException {
        connection.createStatement().execute("set enable_seqscan = off");
        try {
            String plan = String.join("\n", run("explain " + PersonCandidateQuery.SQL,
                    PersonCandidateQuery.parameters(PersonMatcher.Criteria.of("Jane Fletcher Brown", "02/04/2015", null, null, null)),
                    rs -> rs.getString(1)));
            assertThat(plan).contains("core_person_search_family_ix", "core_person_search_family_first_ix",
                    "core_person_search_family_last_ix", "core_person_search_given_ix", "core_person_search_sound_ix",
                    "core_person_search_name_ix").doesNotContain("Seq Scan on core_person");
            String indexConditions = plan.lines().filter(l -> l.contains("Index Cond")).reduce("", String::concat);
            assertThat(indexConditions).contains("search_family_key = ANY", "search_family_first_key = ANY",
                    "search_family_last_key = ANY", "search_given_key = ANY", "search_sound = ANY", "search_family = ANY");
        } finally {
            connection.createStatement().execute("reset enable_seqscan");
        }
    }

    private static UUID insert(String given, String family, LocalDate born) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = owner.prepareStatement("insert into core_person (id, tenant_id, given_name,"
                + " family_name, date_of_birth, kind, version, created_at, created_by, changed_at, changed_by)"
                + " values (?, 'city', ?, ?, ?, 'CHILD', 1, now(), 'test', now(), 'test')")) {
            ps.setObject(1, id);
            ps.setString(2, given);
            ps.setString(3, family);
            ps.setObject(4, born);
            ps.executeUpdate();
        }
        return id;
    }

    /** The ids the query gathers for what was typed, best first. */
    private static List<UUID> candidates(String name, String dateOfBirth) throws SQLException {
        return run(PersonCandidateQuery.SQL, PersonCandidateQuery.parameters(criteria(name, dateOfBirth)),
                rs -> rs.getObject(1, UUID.class));
    }

    /** The ids of the people offered, as the directory offers them: judged, then best first. */
    private static List<UUID> offered(String name, String dateOfBirth) throws SQLException {
        var criteria = criteria(name, dateOfBirth);
        List<PersonMatcher.Judged> judged = run(PersonCandidateQuery.SQL, PersonCandidateQuery.parameters(criteria), rs -> {
            Object[] row = new Object[7];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            PersonMatcher.Candidate candidate = PersonCandidateQuery.candidate(row);
            return PersonMatcher.match(criteria, candidate)
                    .map(m -> new PersonMatcher.Judged(PersonCandidateQuery.id(row), candidate, m)).orElse(null);
        });
        return judged.stream().filter(j -> j != null).sorted(PersonMatcher.BEST_FIRST).map(PersonMatcher.Judged::id).toList();
    }

    private static PersonMatcher.Criteria criteria(String name, String dateOfBirth) {
        return PersonMatcher.Criteria.of(name, dateOfBirth, null, null, null);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs SQL numbered as the query's (?1, ?2 ...) with these values. */
    private static <T> List<T> run(String sql, List<Object> values, Row<T> row) throws SQLException {
        Matcher m = PARAMETER.matcher(sql);
        List<Integer> order = new ArrayList<>();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
        }
        List<T> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"))) {
            for (int i = 0; i < order.size(); i++) {
                ps.setObject(i + 1, values.get(order.get(i) - 1));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
        }
        return rows;
    }
}
