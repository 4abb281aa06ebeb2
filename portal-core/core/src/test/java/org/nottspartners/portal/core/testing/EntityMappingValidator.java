package org.nottspartners.portal.core.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;

/**
 * Checks a persistence unit's every entity against a migrated schema: each table and column exists,
 * each column's SQL type can hold the mapped Java type, and a query of each entity runs. Liquibase owns
 * the schema; this is what stops the mappings drifting from it.
 */
public final class EntityMappingValidator {

    private static final Map<Class<?>, Set<String>> COMPATIBLE = Map.ofEntries(
            Map.entry(String.class, Set.of("character varying", "text", "character")),
            Map.entry(Long.class, Set.of("bigint")),
            Map.entry(long.class, Set.of("bigint")),
            Map.entry(Integer.class, Set.of("integer", "smallint")),
            Map.entry(int.class, Set.of("integer", "smallint")),
            Map.entry(Short.class, Set.of("smallint")),
            Map.entry(short.class, Set.of("smallint")),
            Map.entry(Boolean.class, Set.of("boolean")),
            Map.entry(boolean.class, Set.of("boolean")),
            Map.entry(BigDecimal.class, Set.of("numeric")),
            Map.entry(LocalDate.class, Set.of("date")),
            Map.entry(LocalTime.class, Set.of("time without time zone")),
            Map.entry(LocalDateTime.class, Set.of("timestamp without time zone")),
            Map.entry(OffsetDateTime.class, Set.of("timestamp with time zone")),
            Map.entry(UUID.class, Set.of("uuid")),
            Map.entry(byte[].class, Set.of("bytea")));

    private EntityMappingValidator() {
    }

    /** @return every problem found, in words; empty when the unit matches the schema */
    public static List<String> validate(String persistenceUnit, MigratedDatabase db) throws SQLException {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(persistenceUnit, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", db.jdbcUrl(),
                "jakarta.persistence.validation.mode", "NONE",
                "eclipselink.logging.level", "WARNING"));
        List<String> problems = new ArrayList<>();
        try (Connection c = db.connection()) {
            var session = emf.unwrap(JpaEntityManagerFactory.class).getServerSession();
            if (session.getDescriptors().isEmpty()) {
                problems.add("Persistence unit '" + persistenceUnit + "' maps no entity");
            }
            for (ClassDescriptor descriptor : session.getDescriptors().values()) {
                checkDescriptor(descriptor, c, problems);
            }
            EntityManager em = emf.createEntityManager();
            try {
                for (var entity : emf.getMetamodel().getEntities()) {
                    try {
                        em.createQuery("select e from " + entity.getName() + " e", entity.getJavaType())
                                .setMaxResults(1).getResultList();
                    } catch (RuntimeException e) {
                        problems.add("Querying " + entity.getName() + " failed: " + e.getMessage());
                    }
                }
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }
        return problems;
    }

    private static void checkDescriptor(ClassDescriptor descriptor, Connection c, List<String> problems)
            throws SQLException {
        String entity = descriptor.getJavaClass().getSimpleName();
        for (DatabaseTable table : descriptor.getTables()) {
            if (!tableExists(c, table.getName())) {
                problems.add(entity + ": table " + table.getName() + " does not exist");
            }
        }
        for (DatabaseField field : descriptor.getFields()) {
            String table = field.getTableName();
            Optional<String> sqlType = columnType(c, table, field.getName());
            if (field.getType() == UUID.class && isNullable(c, table, field.getName())) {
                problems.add(entity + ": " + field.getName() + " is a nullable UUID, which EclipseLink 4.0.1 (Payara 6)"
                        + " cannot write as null; make the column not null or map it as text");
            }
            if (sqlType.isEmpty()) {
                problems.add(entity + ": column " + table + "." + field.getName() + " does not exist");
                continue;
            }
            Class<?> javaType = field.getType();
            if (javaType == Instant.class) {
                problems.add(entity + ": " + field.getName() + " is an Instant, which EclipseLink 4 (Payara 6) cannot"
                        + " write; use OffsetDateTime");
            }
            if (javaType != null && javaType.isEnum()) {
                javaType = String.class;
            }
            Set<String> allowed = javaType == null ? null : COMPATIBLE.get(javaType);
            if (allowed != null && !allowed.contains(sqlType.get())) {
                problems.add(entity + ": column " + table + "." + field.getName() + " is " + sqlType.get()
                        + " but is mapped to " + javaType.getSimpleName());
            }
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select 1 from information_schema.tables where table_schema = current_schema() and table_name = ?")) {
            ps.setString(1, table.toLowerCase());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean isNullable(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select is_nullable from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and column_name = ?")) {
            ps.setString(1, table.toLowerCase());
            ps.setString(2, column.toLowerCase());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && "YES".equals(rs.getString(1));
            }
        }
    }

    private static Optional<String> columnType(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select data_type from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and column_name = ?")) {
            ps.setString(1, table.toLowerCase());
            ps.setString(2, column.toLowerCase());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
