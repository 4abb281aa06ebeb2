package org.nottspartners.portal.core.calendar;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One council's quality standards with their history of versions (RULES.md §0: "a case must be
 * judged by the rule in force on its date"). When a council changes a number it adds a
 * {@link StandardVersion} with the day the change takes effect; clocks started before that day keep
 * the old number. Immutable: {@link #withVersion} returns new settings.
 */
public final class QualityStandardSettings {


    private static final List<String> HEADER = List.of(
            "id", "effective_from", "due_rule", "name", "starts_when", "stops_when", "responsible_role", "source");

    private final String council;
    private final List<StandardVersion> versions;

    private QualityStandardSettings(String council, List<StandardVersion> versions) {
        Objects.requireNonNull(council, "Say which council the settings belong to");
        if (council.isBlank()) {
            throw new IllegalArgumentException("Say which council the settings belong to");
        }
        List<StandardVersion> sorted = new ArrayList<>(versions);
        sorted.forEach(v -> Objects.requireNonNull(v, "A version of a quality standard cannot be empty"));
        sorted.sort(Comparator.comparing(StandardVersion::standardId).thenComparing(StandardVersion::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            StandardVersion before = sorted.get(i - 1);
            StandardVersion after = sorted.get(i);
            if (before.standardId().equals(after.standardId()) && before.effectiveFrom().equals(after.effectiveFrom())) {
                throw new IllegalArgumentException(council + ": quality standard '" + after.standardId()
                        + "' has two versions taking effect on " + after.effectiveFrom());
            }
        }
        this.council = council;
        this.versions = List.copyOf(sorted);
    }

    /** Settings for a council made of the given versions. */
    public static QualityStandardSettings of(String council, List<StandardVersion> versions) {
        return new QualityStandardSettings(council, versions);
    }

    /**
     * Reads settings from CSV with the header
     * {@code id,effective_from,due_rule,name,starts_when,stops_when,responsible_role,source};
     * {@code due_rule} is written as {@link DueRule#inWords()} writes it ("5 working days").
     *
     * @param sourceName how to name the source in error messages
     */
    /**
     * The standards a module ships, read from a CSV resource beside its classes (the header as for
     * {@link #fromCsv}): one table, read by the running portal and by every test alike.
     *
     * @param owner    a class of the module, whose class loader finds the resource
     * @param resource the resource's absolute path ({@code /attendance/quality-standards.csv})
     */
    public static List<QualityStandard> shipped(Class<?> owner, String resource) {
        java.io.InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The quality standards " + resource + " are missing");
        }
        try (Reader reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            return fromCsv("shipped", reader, resource).versions().stream().map(StandardVersion::standard).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static QualityStandardSettings fromCsv(String council, Reader reader, String sourceName) {
        List<StandardVersion> versions = CsvLines.read(reader, sourceName, HEADER).stream()
                .map(row -> {
                    try {
                        QualityStandard standard = new QualityStandard(row.field(0), row.field(3), row.field(4),
                                DueRule.parse(row.field(2)), row.field(5), row.field(6), row.field(7));
                        return new StandardVersion(LocalDate.parse(row.field(1)), standard);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(sourceName + " line " + row.lineNumber()
                                + ": '" + row.field(1) + "' is not a date like 2018-01-01", e);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(sourceName + " line " + row.lineNumber() + ": "
                                + e.getMessage(), e);
                    }
                })
                .toList();
        return new QualityStandardSettings(council, versions);
    }


    /** The council these settings belong to. */
    public String council() {
        return council;
    }

    /** Every version of every standard, by standard then by effective date. */
    public List<StandardVersion> versions() {
        return versions;
    }

    /** The ids of the standards these settings hold. */
    public Set<String> standardIds() {
        Set<String> ids = new TreeSet<>();
        versions.forEach(v -> ids.add(v.standardId()));
        return ids;
    }

    /** These settings plus a new version (a council changing a number from a given day). */
    public QualityStandardSettings withVersion(StandardVersion version) {
        List<StandardVersion> more = new ArrayList<>(versions);
        more.add(Objects.requireNonNull(version, "Give the new version"));
        return new QualityStandardSettings(council, more);
    }

    /** The timescale in force on {@code date} for clocks of the standard {@code standardId}. */
    public DueRule ruleInForceOn(String standardId, LocalDate date) {
        return standardInForceOn(standardId, date).dueRule();
    }

    /**
     * The standard as in force on {@code date}: its latest version taking effect on or before that day.
     *
     * @throws IllegalArgumentException if there is no such standard, or none of its versions had
     *     taken effect by that day
     */
    public QualityStandard standardInForceOn(String standardId, LocalDate date) {
        Objects.requireNonNull(standardId, "Say which quality standard");
        Objects.requireNonNull(date, "Say on which day");
        StandardVersion inForce = null;
        LocalDate firstEffective = null;
        for (StandardVersion version : versions) {
            if (!version.standardId().equals(standardId)) {
                continue;
            }
            if (firstEffective == null) {
                firstEffective = version.effectiveFrom();
            }
            if (!version.effectiveFrom().isAfter(date)) {
                inForce = version;
            }
        }
        if (firstEffective == null) {
            throw new IllegalArgumentException(council + " has no quality standard '" + standardId + "'");
        }
        if (inForce == null) {
            throw new IllegalArgumentException(council + ": quality standard '" + standardId + "' was not in force on "
                    + date + "; its first version takes effect on " + firstEffective);
        }
        return inForce.standard();
    }

    /**
     * Starts a clock for the standard as in force on the day it starts (in the calendar's time zone).
     *
     * @throws IllegalArgumentException if the calendar belongs to another council
     */
    public StandardClock startClock(String standardId, Instant startedAt, WorkingDayCalendar calendar) {
        Objects.requireNonNull(startedAt, "A clock needs the time it started");
        Objects.requireNonNull(calendar, "A clock needs the council's calendar");
        if (!calendar.council().equals(council)) {
            throw new IllegalArgumentException("The " + council + " quality standards cannot be timed against the "
                    + calendar.council() + " calendar");
        }
        QualityStandard standard = standardInForceOn(standardId, calendar.dayOf(startedAt));
        return StandardClock.start(standard, startedAt, calendar);
    }

    @Override
    public String toString() {
        return "QualityStandardSettings[" + council + ", " + versions.size() + " versions]";
    }
}
