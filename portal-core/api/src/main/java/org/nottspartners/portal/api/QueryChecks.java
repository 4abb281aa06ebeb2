package org.nottspartners.portal.api;

import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * Checks of query parameters and bodies, answered 400 in the user's words. Done here rather than with Bean
 * Validation annotations because Payara 6.2025.9's OpenAPI generator fails (NullPointerException in
 * ApplicationProcessor.addSchemaParameter) on constraint annotations on query parameters.
 */
final class QueryChecks {

    private QueryChecks() {
    }

    /** A request body that must be there. */
    static void body(Object form, String message) {
        if (form == null) {
            throw new InvalidInputException("body", message);
        }
    }

    static void present(String name, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, message);
        }
    }

    static void atLeast(String name, int value, int min, String message) {
        if (value < min) {
            throw new InvalidInputException(name, message);
        }
    }

    static void between(String name, int value, int min, int max, String message) {
        if (value < min || value > max) {
            throw new InvalidInputException(name, message);
        }
    }
}
