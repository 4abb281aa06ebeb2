package org.nottspartners.portal.core.calendar;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The England and Wales bank holidays for a run of whole years (RULES.md §2 "Working days").
 *
 * <p>The list ships as data, {@value #ENGLAND_AND_WALES_RESOURCE} (columns {@code date,name}),
 * not as rules in code: holidays are moved and added by royal proclamation (VE Day 2020, the
 * Platinum Jubilee and the State Funeral in 2022, the Coronation in 2023). Years after the last
 * proclamation published on gov.uk were computed by the usual rules and must be checked when the
 * government publishes them.
 *
 * <p>Asking about a date outside the years on the list is an error rather than a silent "not a
 * holiday": a deadline worked out against a missing year would be wrong without anyone noticing.
 */
public final class BankHolidays {

    /** Class-path location of the shipped England and Wales list. */
    public static final String ENGLAND_AND_WALES_RESOURCE = "/calendar/england-bank-holidays.csv";

    private static final List<String> HEADER = List.of("date", "name");

    private final NavigableMap<LocalDate, BankHoliday> byDate;
    private final int firstYear;
    private final int lastYear;
    private final String sourceName;

    private BankHolidays(Collection<BankHoliday> holidays, String sourceName) {
        TreeMap<LocalDate, BankHoliday> map = new TreeMap<>();
        for (BankHoliday holiday : holidays) {
            Objects.requireNonNull(holiday, "A bank holiday list cannot contain an empty entry");
            DayOfWeek day = holiday.date().getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException(sourceName + ": " + holiday.name() + " on "
                        + holiday.date() + " falls on a " + day.toString().toLowerCase()
                        + "; list the substitute weekday instead");
            }
            BankHoliday clash = map.put(holiday.date(), holiday);
            if (clash != null) {
                throw new IllegalArgumentException(sourceName + ": " + holiday.date()
                        + " is listed twice (" + clash.name() + " and " + holiday.name() + ")");
            }
        }
        if (map.isEmpty()) {
            throw new IllegalArgumentException(sourceName + " lists no bank holidays");
        }
        this.firstYear = map.firstKey().getYear();
        this.lastYear = map.lastKey().getYear();
        for (int year = firstYear; year <= lastYear; year++) {
            if (map.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).isEmpty()) {
                throw new IllegalArgumentException(sourceName + " has no bank holidays for " + year
                        + " although it covers " + firstYear + " to " + lastYear);
            }
        }
        this.byDate = Collections.unmodifiableNavigableMap(map);
        this.sourceName = sourceName;
    }

    /** The shipped England and Wales list ({@value #ENGLAND_AND_WALES_RESOURCE}). */
    public static BankHolidays englandAndWales() {
        return Shipped.ENGLAND_AND_WALES;
    }

    /** A list made from the given holidays; it covers every year from the earliest to the latest. */
    public static BankHolidays of(Collection<BankHoliday> holidays) {
        return new BankHolidays(holidays, "the bank holiday list");
    }

    /**
     * Reads a list in the shipped format: a {@code date,name} header, then one holiday a line with
     * an ISO date ({@code 2024-03-29,Good Friday}).
     *
     * @param sourceName how to name the source in error messages (a file name)
     */
    public static BankHolidays fromCsv(Reader reader, String sourceName) {
        List<BankHoliday> holidays = CsvLines.read(reader, sourceName, HEADER).stream()
                .map(row -> {
                    try {
                        return new BankHoliday(LocalDate.parse(row.field(0)), row.field(1));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(sourceName + " line " + row.lineNumber()
                                + ": '" + row.field(0) + "' is not a date like 2024-03-29", e);
                    }
                })
                .toList();
        return new BankHolidays(holidays, sourceName);
    }

    /** Whether offices close on this day for a bank holiday. */
    public boolean isBankHoliday(LocalDate date) {
        return on(date).isPresent();
    }

    /** The bank holiday taken on this day, if any. */
    public Optional<BankHoliday> on(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(byDate.get(date));
    }

    /** The holidays of one year, in date order. */
    public List<BankHoliday> inYear(int year) {
        if (year < firstYear || year > lastYear) {
            throw notCovered(year);
        }
        return List.copyOf(byDate.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    /** Every holiday on the list, in date order. */
    public List<BankHoliday> all() {
        return List.copyOf(byDate.values());
    }

    /** The first year the list covers. */
    public int firstYear() {
        return firstYear;
    }

    /** The last year the list covers. */
    public int lastYear() {
        return lastYear;
    }

    /** Whether the list covers the year of this date. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "A date is needed to look up bank holidays");
        if (!covers(date)) {
            throw notCovered(date.getYear());
        }
    }

    private IllegalArgumentException notCovered(int year) {
        return new IllegalArgumentException("Bank holidays for " + year + " are not known: "
                + sourceName + " covers " + firstYear + " to " + lastYear
                + ". Add that year's holidays before working out dates in it.");
    }

    @Override
    public String toString() {
        return "BankHolidays[" + firstYear + "-" + lastYear + ", " + byDate.size() + " days]";
    }

    /** Loads the shipped list once, when first asked for. */
    private static final class Shipped {
        static final BankHolidays ENGLAND_AND_WALES = load();

        private static BankHolidays load() {
            InputStream in = BankHolidays.class.getResourceAsStream(ENGLAND_AND_WALES_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("The bank holiday list " + ENGLAND_AND_WALES_RESOURCE
                        + " is missing from the class path");
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8), ENGLAND_AND_WALES_RESOURCE);
        }
    }
}
