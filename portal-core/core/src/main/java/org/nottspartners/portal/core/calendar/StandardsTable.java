package org.nottspartners.portal.core.calendar;

import java.util.List;

/**
 * The Markdown table of a module's quality standards, for its README: generated from the standards the module
 * registers, so the README says what the running portal times (each module's test checks its README holds it).
 */
public final class StandardsTable {

    public static final String BEGIN = "<!-- standards table: generated from the module's quality standards -->";
    public static final String END = "<!-- end of standards table -->";

    private StandardsTable() {
    }

    public static String markdown(List<QualityStandard> standards) {
        StringBuilder md = new StringBuilder(BEGIN).append('\n')
                .append("| Standard | Timescale | Starts | Stops | Who | Source |\n")
                .append("|---|---|---|---|---|---|\n");
        for (QualityStandard s : standards) {
            md.append("| `").append(s.id()).append("` ").append(cell(s.name())).append(" | ").append(s.dueRule().inWords())
                    .append(" | ").append(cell(s.startsWhen())).append(" | ").append(cell(s.stopsWhen())).append(" | ")
                    .append(cell(s.responsibleRole())).append(" | ").append(cell(s.source())).append(" |\n");
        }
        return md.append(END).append('\n').toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
