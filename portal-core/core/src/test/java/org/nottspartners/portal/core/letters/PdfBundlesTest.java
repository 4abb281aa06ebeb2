package org.nottspartners.portal.core.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.letters.PdfBundles.Section;
import org.nottspartners.portal.core.letters.PdfBundles.Table;

class PdfBundlesTest {

    @Test
    @DisplayName("A bundle carries its title, sections and table rows, and every page of a long one is numbered")
    void bundle() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            rows.add(List.of("Week " + i, "/ N"));
        }
        byte[] pdf = PdfBundles.render("Nottinghamshire County Council", "Court bundle", List.of("Child: Ava Marsh"),
                List.of(new Section("Attendance", List.of("Marks by week."), new Table(List.of("Week", "Marks"), new float[] {1, 3}, rows)),
                        new Section("Letters", List.of(), new Table(List.of("Date", "Letter"), new float[] {1, 3}, List.of()))));
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(2);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(text.getTextFromPage(1)).contains("Court bundle", "Child: Ava Marsh", "Week 1", "Page 1 of " + reader.getNumberOfPages());
        String last = text.getTextFromPage(reader.getNumberOfPages());
        assertThat(last).contains("Week 200", "None recorded.", "Nottinghamshire County Council - Page " + reader.getNumberOfPages());
        // the heading row repeats on a later page
        assertThat(text.getTextFromPage(2)).contains("Week", "Marks");
    }

    @Test
    @DisplayName("A table with a row of the wrong width is refused, not laid out wrong")
    void wrongRow() {
        assertThatThrownBy(() -> new Table(List.of("A", "B"), new float[] {1, 1}, List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
