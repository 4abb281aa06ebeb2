package org.nottspartners.portal.core.settings;

import java.util.List;

/**
 * The Markdown table of a module's settings, for its README: generated from the definitions, so the README
 * says what the code reads (each module's test checks its README holds this table).
 */
public final class SettingsTable {

    /** The marker lines the table sits between in a README. */
    public static final String BEGIN = "<!-- settings table: generated from the module's SettingDefinitions -->";
    public static final String END = "<!-- end of settings table -->";

    private SettingsTable() {
    }

    public static String markdown(List<SettingDefinition> settings) {
        StringBuilder md = new StringBuilder(BEGIN).append('\n')
                .append("| Setting | Takes | Default | Meaning | Rule |\n")
                .append("|---|---|---|---|---|\n");
        for (SettingDefinition s : settings) {
            String takes = s.kind() == SettingKind.CHOICE ? "one of " + String.join(", ", s.choices()) : s.kind().inWords();
            md.append("| `").append(s.key()).append("` | ").append(takes).append(" | ").append(cell(s.fallback()))
                    .append(" | ").append(cell(s.meaning())).append(" | ").append(cell(s.rule())).append(" |\n");
        }
        return md.append(END).append('\n').toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
