package org.nottspartners.portal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For a module's README test: a table generated from the code (its settings, its quality standards) must be in the
 * README as generated, so what the README tells an administrator is what the code reads. With
 * {@code -Dreadme.write=true} the table is written into the README first: between its markers if it has them, else in
 * place of the placeholder line.
 */
public final class ReadmeTables {

    private ReadmeTables() {
    }

    /**
     * @param begin       the table's first line marker (as the generator writes it)
     * @param end         the table's last line marker
     * @param placeholder the line a new README holds where the table goes
     */
    public static void check(Path readme, String table, String begin, String end, String placeholder, String what)
            throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("readme.write")) {
            text = text.contains(begin)
                    ? text.substring(0, text.indexOf(begin)) + table + text.substring(text.indexOf(end) + end.length() + 1)
                    : text.replace(placeholder + "\n", table);
            Files.writeString(readme, text, StandardCharsets.UTF_8);
        }
        assertThat(text).as(what + " (rewrite with -Dreadme.write=true)").contains(table);
    }
}
