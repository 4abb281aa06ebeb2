package org.nottspartners.portal.core.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.nottspartners.portal.core.problem.FieldChecks;

/**
 * A directory search from the text of an address's parameters, as Open Referral names them ({@code page},
 * {@code per_page}, {@code taxonomy_term_id}, {@code minimum_age}, {@code day}, {@code start_time}...) and as the public
 * search page sends them ({@code age}): every one checked, and all the wrong ones told at once in words.
 */
public final class SearchParameters {

    private SearchParameters() {
    }

    /**
     * @param value the parameter's text by its name, null when it was not sent
     * @throws org.nottspartners.portal.core.problem.InvalidInputException naming each parameter that is wrong
     */
    public static DirectorySearch parse(Function<String, String> value, boolean withDefunct) {
        FieldChecks checks = new FieldChecks();
        int page = whole(value, "page", 1, 1, Integer.MAX_VALUE, "Give page as a page number from 1", checks);
        int perPage = whole(value, "per_page", DirectorySearch.DEFAULT_PER_PAGE, 1, DirectorySearch.LARGEST_PAGE,
                "Give per_page as a number of results from 1 to " + DirectorySearch.LARGEST_PAGE, checks);
        Integer age = present(value, "age") ? whole(value, "age", 0, 0, 120, "Give age as a number of years, like 7", checks) : null;
        Double minimumAge = number(value, "minimum_age", checks);
        Double maximumAge = number(value, "maximum_age", checks);
        UUID term = id(value, "taxonomy_term_id", checks);
        UUID taxonomy = id(value, "taxonomy_id", checks);
        UUID organisation = id(value, "organization_id", checks);
        DayOfWeek day = null;
        if (present(value, "day")) {
            day = Days.of(value.apply("day")).orElse(null);
            checks.require(day != null, "day", "Give day as MO, TU, WE, TH, FR, SA or SU (or the day's name)");
        }
        LocalTime start = time(value, "start_time", checks);
        LocalTime end = time(value, "end_time", checks);
        String text = present(value, "search") ? value.apply("search").trim() : null;
        checks.optional(text, "search", 200);
        checks.check();
        if (page > 1 && (long) (page - 1) * perPage > Integer.MAX_VALUE) {
            page = Integer.MAX_VALUE / perPage;
        }
        return new DirectorySearch(text, term, taxonomy, age, minimumAge, maximumAge, day, start, end, organisation, withDefunct,
                page, perPage);
    }

    /** A distance in metres, as {@code proximity} gives it. */
    public static Optional<Double> proximity(Function<String, String> value) {
        if (!present(value, "proximity")) {
            return Optional.empty();
        }
        FieldChecks checks = new FieldChecks();
        Double metres = number(value, "proximity", checks);
        checks.require(metres == null || metres > 0, "proximity", "Give proximity in metres as a number above 0, like 2000");
        checks.check();
        return Optional.ofNullable(metres);
    }

    private static boolean present(Function<String, String> value, String name) {
        String v = value.apply(name);
        return v != null && !v.isBlank();
    }

    private static int whole(Function<String, String> value, String name, int fallback, int min, int max, String message,
            FieldChecks checks) {
        if (!present(value, name)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.apply(name).trim());
            checks.require(n >= min && n <= max, name, message);
            return n >= min && n <= max ? n : fallback;
        } catch (NumberFormatException e) {
            checks.require(false, name, message);
            return fallback;
        }
    }

    private static Double number(Function<String, String> value, String name, FieldChecks checks) {
        if (!present(value, name)) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.apply(name).trim());
            checks.require(!Double.isNaN(d) && !Double.isInfinite(d) && d >= 0 && d <= 1e9, name, "Give " + name + " as a number, like 5");
            return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
        } catch (NumberFormatException e) {
            checks.require(false, name, "Give " + name + " as a number, like 5");
            return null;
        }
    }

    private static UUID id(Function<String, String> value, String name, FieldChecks checks) {
        if (!present(value, name)) {
            return null;
        }
        try {
            String v = value.apply(name).trim();
            UUID id = UUID.fromString(v);
            checks.require(id.toString().equalsIgnoreCase(v), name, "Give " + name + " as an id the directory publishes");
            return id;
        } catch (IllegalArgumentException e) {
            checks.require(false, name, "Give " + name + " as an id the directory publishes");
            return null;
        }
    }

    private static LocalTime time(Function<String, String> value, String name, FieldChecks checks) {
        if (!present(value, name)) {
            return null;
        }
        String t = value.apply(name).trim().replaceFirst("(Z|[+-]\\d{2}:?\\d{2})$", "");
        try {
            return LocalTime.parse(t.length() == 5 ? t + ":00" : t);
        } catch (DateTimeParseException e) {
            checks.require(false, name, "Give " + name + " as a time, like 09:30");
            return null;
        }
    }
}
