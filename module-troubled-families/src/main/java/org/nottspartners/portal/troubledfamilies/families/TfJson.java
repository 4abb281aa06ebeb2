package org.nottspartners.portal.troubledfamilies.families;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.Map;
import org.nottspartners.portal.troubledfamilies.rules.CriteriaSet;

/** The JSON kept in Supporting Families' records, by JSON-B. */
final class TfJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type WORDS = new java.util.LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    private static final Type IDS = new java.util.ArrayList<String>() { }.getClass().getGenericSuperclass();

    private TfJson() {
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    static CriteriaSet criteriaSet(String json) {
        return JSONB.fromJson(json, CriteriaSet.class);
    }

    static java.util.List<String> ids(String json) {
        return JSONB.fromJson(json, IDS);
    }

    static Map<String, String> words(String json) {
        return JSONB.fromJson(json, WORDS);
    }
}
