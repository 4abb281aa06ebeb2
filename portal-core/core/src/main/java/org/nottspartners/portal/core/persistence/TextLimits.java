package org.nottspartners.portal.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Text that will not fit its column is refused before it is written, naming the field, for every council
 * record of core and every module: the limits are read once from the schema Liquibase made (each table's
 * {@code varchar(n)} columns), so a new module's entities are covered without declaring anything twice. Without
 * this, a 5,000-character answer reached PostgreSQL and came back as a server error.
 */
public final class TextLimits {

    /** Outside any transaction, as the audit trail reads it. */
    private static final String DATA_SOURCE = "java:app/jdbc/portalAudit";
    private static volatile Map<String, Map<String, Integer>> limits;

    private TextLimits() {
    }

    /** Refuses the record if any of its text fields is longer than its column allows. */
    public static void check(Object record) {
        Table table = tableOf(record.getClass());
        if (table == null) {
            return;
        }
        Map<String, Integer> columns = limits().getOrDefault(table.name().toLowerCase(Locale.ROOT), Map.of());
        List<TextTooLongException.TooLong> errors = new ArrayList<>();
        for (Class<?> c = record.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Column column = f.getAnnotation(Column.class);
                if (column == null || f.getType() != String.class) {
                    continue;
                }
                Integer most = columns.get(column.name().toLowerCase(Locale.ROOT));
                String value = read(f, record);
                if (most != null && value != null && value.length() > most) {
                    errors.add(new TextTooLongException.TooLong(f.getName(), words(f.getName()) + " must be " + most
                            + " characters or fewer (it has " + value.length() + ")"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new TextTooLongException(errors);
        }
    }

    /** A field's name as a user reads it: {@code urgencyReason} is "Urgency reason". */
    static String words(String field) {
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Table tableOf(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Table t = c.getAnnotation(Table.class);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String read(Field f, Object record) {
        try {
            f.setAccessible(true);
            return (String) f.get(record);
        } catch (IllegalAccessException | RuntimeException unreadable) {
            return null;
        }
    }

    private static Map<String, Map<String, Integer>> limits() {
        Map<String, Map<String, Integer>> known = limits;
        if (known == null) {
            known = load();
            limits = known;
        }
        return known;
    }

    private static Map<String, Map<String, Integer>> load() {
        Map<String, Map<String, Integer>> found = new HashMap<>();
        DataSource source;
        try {
            source = (DataSource) new InitialContext().lookup(DATA_SOURCE);
        } catch (NamingException noContainer) {
            return Map.of(); // a unit test's persistence unit, outside the server: the database itself still refuses
        }
        try (Connection c = source.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name, column_name, character_maximum_length"
                        + " from information_schema.columns where table_schema = current_schema()"
                        + " and character_maximum_length is not null")) {
            while (rs.next()) {
                found.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema's text limits", e);
        }
        return Map.copyOf(found);
    }
}
