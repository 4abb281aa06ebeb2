package org.nottspartners.portal.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.testing.EntityMappingValidator;
import org.nottspartners.portal.core.testing.MigratedDatabase;

/** Core's changelog applied to an empty PostgreSQL, then every core entity checked against it. */
class CoreSchemaTest {

    static MigratedDatabase db;

    @BeforeAll
    static void migrate() throws Exception {
        db = MigratedDatabase.withChangelogs();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void everyCoreEntityMatchesTheMigratedSchema() throws Exception {
        assertThat(EntityMappingValidator.validate("portal", db)).isEmpty();
    }

    @Test
    void bothCouncilsAreThereAsData() throws Exception {
        try (var c = db.connection(); ResultSet rs = c.createStatement().executeQuery("select id, name from core_tenant order by id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("Nottingham City Council");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("Nottinghamshire County Council");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        try (var c = db.connection()) {
            new SchemaMigrator(getClass().getClassLoader()).migrate(c, java.util.List.of(SchemaMigrator.CORE_CHANGELOG));
            ResultSet rs = c.createStatement().executeQuery("select count(*) from core_tenant");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }
}
