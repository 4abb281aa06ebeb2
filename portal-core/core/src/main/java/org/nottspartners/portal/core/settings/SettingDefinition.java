package org.nottspartners.portal.core.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One council setting: its key ({@code early-help.final-letter-working-days}), what kind of value it takes,
 * the value a council has until it sets its own, what it means in a council user's words, and the rule it
 * comes from (a RULES.md section or a seed document). Every value is kept with the date it takes effect.
 *
 * @param key      lower-case words joined by dots or hyphens, starting with the module's id
 * @param kind     the kind of value
 * @param fallback the value until the council sets one
 * @param meaning  one sentence for the administrator
 * @param rule     where the rule comes from
 * @param choices  for {@link SettingKind#CHOICE} and {@link SettingKind#CHOICES}, the values allowed (otherwise empty)
 */
public record SettingDefinition(String key, SettingKind kind, String fallback, String meaning, String rule,
        List<String> choices) {

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fallback, "fallback");
        if (!key.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("A setting's key is lower-case words joined by dots or hyphens: " + key);
        }
        choices = List.copyOf(choices);
        if ((kind == SettingKind.CHOICE || kind == SettingKind.CHOICES) == choices.isEmpty()) {
            throw new IllegalArgumentException(key + ": a choice names its choices, and only a choice does");
        }
        if (kind.problem(key, fallback, choices).isPresent()) {
            throw new IllegalArgumentException(key + ": the default '" + fallback + "' is not a valid value");
        }
    }

    /** A whole number of days, weeks or times, from 0 to 999. */
    public static SettingDefinition number(String key, int fallback, String meaning, String rule) {
        return new SettingDefinition(key, SettingKind.WHOLE_NUMBER, Integer.toString(fallback), meaning, rule, List.of());
    }

    /** A count up to 99,999,999: how many children live in the council's area, say. */
    public static SettingDefinition count(String key, int fallback, String meaning, String rule) {
        return new SettingDefinition(key, SettingKind.COUNT, Integer.toString(fallback), meaning, rule, List.of());
    }

    /** A time of day on the 24-hour clock ({@code 07:00}): the earliest a child may start work, say. */
    public static SettingDefinition timeOfDay(String key, java.time.LocalTime fallback, String meaning, String rule) {
        return new SettingDefinition(key, SettingKind.TIME_OF_DAY, fallback.toString(), meaning, rule, List.of());
    }

    /** Words shown to a user or a family, up to 500 characters. */
    public static SettingDefinition text(String key, String fallback, String meaning, String rule) {
        return new SettingDefinition(key, SettingKind.TEXT, fallback, meaning, rule, List.of());
    }

    /** One of a fixed list of values, such as the constants of an enum. */
    public static SettingDefinition choice(String key, Enum<?> fallback, String meaning, String rule) {
        List<String> names = java.util.Arrays.stream(fallback.getDeclaringClass().getEnumConstants()).map(Enum::name).toList();
        return new SettingDefinition(key, SettingKind.CHOICE, fallback.name(), meaning, rule, names);
    }

    /**
     * Any of the constants of an enum, as a council chooses (which referral routes it takes, say); by default
     * those given, {@link SettingKind#NONE} when none.
     */
    public static <E extends Enum<E>> SettingDefinition choices(String key, Class<E> type, java.util.Set<E> fallback,
            String meaning, String rule) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String value = fallback.isEmpty() ? SettingKind.NONE
                : names.stream().filter(n -> fallback.stream().anyMatch(f -> f.name().equals(n))).collect(java.util.stream.Collectors.joining(","));
        return new SettingDefinition(key, SettingKind.CHOICES, value, meaning, rule, names);
    }

    /** Why a value cannot be this setting's, in the administrator's words; empty when it can. */
    public Optional<String> problem(String value) {
        return kind.problem(key, value, choices);
    }
}
