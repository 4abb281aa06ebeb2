package org.nottspartners.portal.core.person;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A council's map from postcodes to its wards (City: RULES.md §2, "City derives the ward from the
 * postcode", 004). An entry may be a whole postcode ({@code NG7 2RD}), a sector ({@code NG7 2}) or a
 * district ({@code NG7}); the most precise entry wins. A postcode the map does not cover is "Postcode
 * unmatched", as the City's own attendance reports have it (004); a council with no map has no wards.
 */
public final class WardMap {

    /** The City's name for a postcode outside its map (004, "POSTCODE UNMATCHED"). */
    public static final String UNMATCHED = "Postcode unmatched";

    private final Map<String, String> wardByPrefix;

    private WardMap(Map<String, String> wardByPrefix) {
        this.wardByPrefix = wardByPrefix;
    }

    /** A map from postcode prefixes (any spacing or case) to ward names. */
    public static WardMap of(Map<String, String> wardByPrefix) {
        Map<String, String> normalised = new TreeMap<>();
        wardByPrefix.forEach((prefix, ward) -> normalised.put(key(prefix), ward.strip()));
        return new WardMap(normalised);
    }

    /** The same prefix however typed: upper case, single spaces, trimmed. */
    public static String key(String prefix) {
        return prefix.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return wardByPrefix.isEmpty();
    }

    /**
     * The ward of a postcode in its usual form ({@link Postcodes#normalise}); empty when the council has
     * no map or the person has no postcode.
     */
    public Optional<String> wardOf(String postcode) {
        if (wardByPrefix.isEmpty() || postcode == null) {
            return Optional.empty();
        }
        String full = key(postcode);
        int space = full.indexOf(' ');
        String district = space < 0 ? full : full.substring(0, space);
        String sector = space < 0 ? full : full.substring(0, space + 2);
        for (String candidate : new String[] {full, sector, district}) {
            String ward = wardByPrefix.get(candidate);
            if (ward != null) {
                return Optional.of(ward);
            }
        }
        return Optional.of(UNMATCHED);
    }
}
