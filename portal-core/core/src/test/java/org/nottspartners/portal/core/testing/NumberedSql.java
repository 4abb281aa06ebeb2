package org.nottspartners.portal.core.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the application's native SQL, written with JPA's numbered parameters ({@code ?1}, {@code ?2}, a number used
 * as often as needed), on a plain JDBC connection: for tests and benchmarks that run exactly the statements the
 * application runs.
 */
public final class NumberedSql {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private NumberedSql() {
    }

    /** The statement with JDBC's {@code ?} in place of each numbered parameter, its values bound in order. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        Matcher m = PARAMETER.matcher(sql);
        List<Object> bound = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            bound.add(values[Integer.parseInt(m.group(1)) - 1]);
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement s = connection.prepareStatement(jdbc.toString());
        for (int i = 0; i < bound.size(); i++) {
            Object v = bound.get(i);
            s.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
        }
        return s;
    }

    /** Runs an update or insert; the rows it touched. */
    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = prepare(connection, sql, values)) {
            return s.executeUpdate();
        }
    }
}
