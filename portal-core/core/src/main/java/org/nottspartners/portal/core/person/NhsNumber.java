package org.nottspartners.portal.core.person;

import java.util.Optional;

/**
 * An NHS number: ten digits, the last a modulus 11 check digit (the first nine weighted 10 down to 2,
 * summed; 11 minus the remainder on division by 11; 11 becomes 0; 10 means the number cannot be valid).
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (problemWith(value).isPresent()) {
            throw new IllegalArgumentException(problemWith(value).get());
        }
    }

    /** Reads an NHS number as a user types it ({@code 943 476 5919} or {@code 943-476-5919}). */
    public static NhsNumber parse(String typed) {
        return new NhsNumber(normalise(typed));
    }

    static String normalise(String typed) {
        return typed == null ? null : typed.replace(" ", "").replace("-", "");
    }

    /** What is wrong with a typed NHS number, in the user's words; empty when it is valid. */
    public static Optional<String> problemWith(String typed) {
        String n = normalise(typed);
        if (n == null || !n.matches("\\d{10}")) {
            return Optional.of("An NHS number has 10 digits, like 943 476 5919");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (n.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != n.charAt(9) - '0') {
            return Optional.of("This is not a valid NHS number: check it has been copied correctly");
        }
        return Optional.empty();
    }

    /** As people read it: {@code 943 476 5919}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }
}
