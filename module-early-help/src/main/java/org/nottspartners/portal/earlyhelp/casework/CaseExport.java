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

    /** The columns, with the council's names for level codes and team codes. */
    static List<Column<EarlyHelpCase>> columns(UnaryOperator<String> levelName, UnaryOperator<String> teamName) {
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
                new Column<>("Lead professional", EarlyHelpCase::leadProfessional),
                new Column<>("Risk", c -> c.rag() == null ? null : c.rag().name()),
                new Column<>("Existing support", c -> c.existingSupport() == null ? null : c.existingSupport().name()),
                new Column<>("Waiting list priority", EarlyHelpCase::waitingPriority),
                new Column<>("Outcome", c -> c.closureOutcome() == null ? null : c.closureOutcome().label()));
    }

    public static byte[] xlsx(List<EarlyHelpCase> cases, UnaryOperator<String> levelName, UnaryOperator<String> teamName) {
        return Spreadsheets.xlsx("Early help cases", columns(levelName, teamName), cases);
    }
}
