package org.nottspartners.portal.core.settings;

import java.util.List;
import java.util.Optional;

/** The kinds of value a council setting takes, each with its check. */
public enum SettingKind {

    /** A whole number from 0 to 999 (days, weeks, a count). */
    WHOLE_NUMBER("a whole number from 0 to 999") {
        @Override
        Optional<String> check(String key, String value, List<String> choices) {
            return value.matches("\\d{1,3}") ? Optional.empty()
                    : Optional.of("'" + key + "' is a whole number: give a number from 0 to 999");
        }
    },

    /** A whole number up to 99,999,999 (a population, say). */
    COUNT("a whole number from 0 to 99,999,999") {
        @Override
        Optional<String> check(String key, String value, List<String> choices) {
            return value.matches("\\d{1,8}") ? Optional.empty()
                    : Optional.of("'" + key + "' is a whole number: give a number from 0 to 99999999, without commas");
        }
    },

    /** A time of day on the 24-hour clock, hours and minutes ({@code 07:00}, {@code 23:00}). */
    TIME_OF_DAY("a time of day on the 24-hour clock, such as 07:00 or 19:30") {
        @Override
        Optional<String> check(String key, String value, List<String> choices) {
            return value.matches("([01]\\d|2[0-3]):[0-5]\\d") ? Optional.empty()
                    : Optional.of("'" + key + "' is a time of day: give hours and minutes on the 24-hour clock, such as 07:00");
        }
    },

    /** Words, up to 500 characters. */
    TEXT("words, up to 500 characters") {
        @Override
        Optional<String> check(String key, String value, List<String> choices) {
            return value.length() <= 500 ? Optional.empty()
                    : Optional.of("'" + key + "' must be 500 characters or fewer");
        }
    },

    /** One of a fixed list. */
    CHOICE("one of a list") {
        @Override
        Optional<String> check(String key, String value, List<String> choices) {
            return choices.contains(value) ? Optional.empty()
                    : Optional.of("'" + key + "' is one of: " + String.join(", ", choices));
        }
    },

    /** Any of a fixed list, separated by commas, or {@value SettingKind#NONE} for none of them. */
    CHOICES("any of a list, separated by commas, or none") {
        @Override
        Optional<String> check(String key, String value, List<String> choices) {
            if (NONE.equals(value)) {
                return Optional.empty();
            }
            List<String> unknown = java.util.Arrays.stream(value.split(",")).map(String::strip)
                    .filter(v -> !choices.contains(v)).toList();
            return unknown.isEmpty() ? Optional.empty()
                    : Optional.of("'" + key + "' takes any of: " + String.join(", ", choices) + ", separated by commas, or "
                            + NONE + " (not: " + String.join(", ", unknown) + ")");
        }
    };

    /** The value of a {@link #CHOICES} setting that chooses none. */
    public static final String NONE = "none";

    private final String inWords;

    SettingKind(String inWords) {
        this.inWords = inWords;
    }

    /** What the kind takes, for the administrator's list and the README tables. */
    public String inWords() {
        return inWords;
    }

    Optional<String> problem(String key, String value, List<String> choices) {
        if (value == null || value.isBlank()) {
            return Optional.of("Enter the new value");
        }
        return check(key, value.strip(), choices);
    }

    abstract Optional<String> check(String key, String value, List<String> choices);
}
