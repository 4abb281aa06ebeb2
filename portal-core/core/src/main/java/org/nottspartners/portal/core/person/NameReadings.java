package org.nottspartners.portal.core.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the search reads names. People write the same name with or without its hyphen, space or apostrophe
 * ("Fletcher-Brown", "Fletcher Brown", "FletcherBrown"; "O'Brien", "O Brien"), so the search compares only
 * a name's letters ({@link #letters}); the database keeps the same form ({@code core_name_letters} in
 * {@code db/changelog/core/person-search.xml}). And a name typed in one box can be split into a first and a
 * last name in more than one way ("Jane Fletcher Brown" is Jane Fletcher-Brown or Jane Fletcher Brown), so
 * the search tries each way ({@link #of}). Plain Java.
 */
public final class NameReadings {

    /**
     * What the search ignores in a name: spaces, hyphens, apostrophes (straight and curly), full stops and
     * commas. The database function {@code core_name_letters} removes exactly these.
     */
    public static final String IGNORED = " -'\u2019\u2018.,";

    /** Typed names with more words than this are split in fewer ways. */
    private static final int MOST_WORDS = 4;

    private NameReadings() {
    }

    /** One way of reading what was typed: a first name (perhaps empty) and a last name. */
    public record Reading(String given, String family) {
    }

    /** The name in lower case without what the search ignores ({@link #IGNORED}); "" for null. */
    public static String letters(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(lower.length());
        lower.codePoints().filter(cp -> IGNORED.indexOf(cp) < 0).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * The parts of a name written with spaces or hyphens between them ("Fletcher-Brown": "fletcher" and
     * "brown"), each as {@link #letters}. A name of one part gives that part alone. The database function
     * {@code core_name_parts} splits the same way.
     */
    public static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        if (name == null) {
            return parts;
        }
        for (String part : name.split("[ -]+")) {
            String l = letters(part);
            if (!l.isEmpty()) {
                parts.add(l);
            }
        }
        return parts;
    }

    /**
     * The ways of reading a first and a last name: as given first; then with the words (split at spaces
     * and hyphens) divided at each other place between first and last name; then, when a first name was
     * given, every word as the last name. Readings with the same letters are given once.
     */
    public static List<Reading> of(String given, String family) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        Map<String, Reading> readings = new LinkedHashMap<>();
        add(readings, new Reading(g, f));
        List<String> words = new ArrayList<>();
        for (String word : (g + " " + f).strip().split("[ -]+")) {
            if (!letters(word).isEmpty()) {
                words.add(word);
            }
        }
        int n = words.size();
        for (int k = 1; k < n; k++) {
            if (n <= MOST_WORDS || k == 1 || k == n - 1) {
                add(readings, new Reading(String.join(" ", words.subList(0, k)), String.join("-", words.subList(k, n))));
            }
        }
        if (!g.isEmpty() && n > 0) {
            add(readings, new Reading("", String.join("-", words)));
        }
        return List.copyOf(readings.values());
    }

    private static void add(Map<String, Reading> readings, Reading r) {
        readings.putIfAbsent(letters(r.given()) + "/" + letters(r.family()), r);
    }
}
