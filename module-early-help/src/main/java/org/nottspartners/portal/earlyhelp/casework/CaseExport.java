package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.export.Spreadsheets.Column;

/** A team's cases as a spreadsheet: early help names the columns, the core's {@link Spreadsheets} writes the file. */
public final class CaseExport {

    static final List<Column<EarlyHelpCase>> COLUMNS = List.of(
            new Column<>("Reference", EarlyHelpCase::reference),
            new Column<>("Family", EarlyHelpCase::familyName),
            new Column<>("Stage", c -> c.stage().label()),
            new Column<>("Received", EarlyHelpCase::receivedAt),
            new Column<>("Urgent", EarlyHelpCase::urgent),
            new Column<>("Route", c -> c.route().label()),
            new Column<>("Level (referrer)", EarlyHelpCase::believedLevel),
            new Column<>("Level (council)", EarlyHelpCase::decidedLevel),
            new Column<>("Team", EarlyHelpCase::teamCode),
            new Column<>("Lead professional", EarlyHelpCase::leadProfessional),
            new Column<>("Risk", c -> c.rag() == null ? null : c.rag().name()),
            new Column<>("Existing support", c -> c.existingSupport() == null ? null : c.existingSupport().name()),
            new Column<>("Waiting list priority", EarlyHelpCase::waitingPriority),
            new Column<>("Outcome", c -> c.closureOutcome() == null ? null : c.closureOutcome().label()));

    private CaseExport() {
    }

    public static byte[] xlsx(List<EarlyHelpCase> cases) {
        return Spreadsheets.xlsx("Early help cases", COLUMNS, cases);
    }
}
