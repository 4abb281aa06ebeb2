package org.nottspartners.portal.core.letters;

import java.util.Objects;
import java.util.Set;

/**
 * One kind of letter a module sends.
 *
 * @param module       the module's id: its shipped wording is under {@code <module>/letters/}
 * @param kind         the kind, as stored ({@code REFERRAL_OUTCOME})
 * @param file         the shipped wording's file name without {@code .txt} ({@code referral-outcome})
 * @param label        what an administrator calls it
 * @param placeholders the values the module fills the letter with; a wording may use these and no other
 */
public record LetterDefinition(String module, String kind, String file, String label, Set<String> placeholders) {

    public LetterDefinition {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(label, "label");
        placeholders = Set.copyOf(placeholders);
        if (!kind.matches("[A-Z][A-Z0-9_]{0,39}") || !file.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("A letter's kind is UPPER_CASE (at most 40) and its file lower-case-with-hyphens: "
                    + kind + ", " + file);
        }
    }
}
