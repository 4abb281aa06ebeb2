package org.nottspartners.portal.earlyhelp.letters;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nottspartners.portal.core.letters.LetterDefinition;
import org.nottspartners.portal.earlyhelp.casework.LetterKind;

/** Early help's letters as the core's letter kit knows them: each kind, its shipped wording and the values it may use. */
public final class EarlyHelpLetters {

    /** The module's id (the same as {@code EarlyHelpModule.ID}; this package may not depend on the descriptor's). */
    static final String MODULE = "early-help";

    /** The values {@link CaseLetters} fills a letter with; a council's wording may use any of them, and no other. */
    public static final Set<String> PLACEHOLDERS = Set.of("council", "reference", "familyName", "childName",
            "referrerName", "referralBasis", "teamName", "teamContact", "signedBy", "decision", "reasons", "level", "priority", "ahead", "responseBy");

    public static final List<LetterDefinition> ALL = Arrays.stream(LetterKind.values()).map(EarlyHelpLetters::definition).toList();

    private EarlyHelpLetters() {
    }

    public static LetterDefinition definition(LetterKind kind) {
        return new LetterDefinition(MODULE, kind.name(), kind.template(), kind.label(), PLACEHOLDERS);
    }
}
