package org.nottspartners.portal.core.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Optional;

/** Reads token claims that may arrive as a string, a JSON string, or a list of either. */
public final class ClaimValues {

    private ClaimValues() {
    }

    /** The claim's first text value, if it has one. */
    public static Optional<String> firstString(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.isEmpty() ? Optional.empty() : firstString(array.get(0));
        }
        if (claim instanceof Collection<?> list) {
            return list.isEmpty() ? Optional.empty() : firstString(list.iterator().next());
        }
        if (claim instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (claim instanceof String s) {
            return Optional.of(s);
        }
        if (claim instanceof JsonValue v && v.getValueType() != JsonValue.ValueType.NULL) {
            return Optional.of(v.toString());
        }
        return Optional.empty();
    }
}
