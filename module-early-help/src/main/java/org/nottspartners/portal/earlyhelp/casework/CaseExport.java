package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;
import java.util.function.UnaryOperator;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.export.Spreadsheets.Column;

/**
 * A team's cases as a spreadsheet: early help names the columns, the core's {@link Spreadsheets} writes the file.
 * Levels and teams are in the council's words, not codes (issue 22).
 */
public final class CaseExport {

    private CaseExport() {
    }

    /**
     * The council's words for what a case records as codes: a level's name, a team's name, a member of staff's
     * name (the lead professional, by the staff directory).
     */
    public record Words(UnaryOperator<String> levelName, UnaryOperator<String> teamName, UnaryOperator<String> staffName) {
    }

    /** The columns, in the council's words for levels, teams and staff, and in words for risk and support. */
    static List<Column<EarlyHelpCase>> columns(Words words) {
        UnaryOperator<String> levelName = words.levelName();
        UnaryOperator<String> teamName = words.teamName();
        return List.of(
                new Column<>("Reference", EarlyHelpCase::reference),
                new Column<>("Family", EarlyHelpCase::familyName),
                new Column<>("Stage", c -> c.stage().label()),
                new Column<>("Received", EarlyHelpCase::receivedAt),
                new Column<>("Urgent", EarlyHelpCase::urgent),
                new Column<>("Route", c -> c.route().label()),
                new Column<>("Level (referrer)", c -> c.believedLevel() == null ? null : levelName.apply(c.believedLevel())),
                new Column<>("Level (council)", c -> c.decidedLevel() == null ? null : levelName.apply(c.decidedLevel())),
                new Column<>("Team", c -> c.teamCode() == null ? null : teamName.apply(c.teamCode())),
                new Column<>("Lead professional", c -> c.leadProfessional() == null ? null : words.staffName().apply(c.leadProfessional())),
                new Column<>("Risk", c -> c.rag() == null ? null : inWords(c.rag().name())),
                new Column<>("Existing support", c -> c.existingSupport() == null ? null : inWords(c.existingSupport().name())),
                new Column<>("Waiting list priority", EarlyHelpCase::waitingPriority),
                new Column<>("Outcome", c -> c.closureOutcome() == null ? null : c.closureOutcome().label()));
    }

    public static byte[] xlsx(List<EarlyHelpCase> cases, Words words) {
        return Spreadsheets.xlsx("Early help cases", columns(words), cases);
    }

    /** "AMBER" as "Amber". */
    private static String inWords(String code) {
        return code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.UK);
    }
}
