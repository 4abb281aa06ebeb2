package org.nottspartners.portal.housing.kit;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.housing.rules.ScoringScheme;

/** The JSON kept in housing's records (a scheme's questions, an A1's answers and its score's items), by JSON-B. */
public final class HousingJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type QUESTIONS = new java.util.ArrayList<ScoringScheme.Question>() { }.getClass().getGenericSuperclass();
    private static final Type ANSWERS = new java.util.LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();
    private static final Type ITEMS = new java.util.ArrayList<ScoringScheme.Item>() { }.getClass().getGenericSuperclass();

    private HousingJson() {
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static List<ScoringScheme.Question> questions(String json) {
        return JSONB.fromJson(json, QUESTIONS);
    }

    public static Map<String, String> answers(String json) {
        return JSONB.fromJson(json, ANSWERS);
    }

    public static List<ScoringScheme.Item> items(String json) {
        return JSONB.fromJson(json, ITEMS);
    }
}
