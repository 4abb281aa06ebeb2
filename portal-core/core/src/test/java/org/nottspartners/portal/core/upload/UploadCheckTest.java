package org.nottspartners.portal.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.letters.PdfBundles;
import org.nottspartners.portal.core.persistence.TooLargeException;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** Issue 16: uploads are checked by their content, not their name, with a size limit. */
class UploadCheckTest {

    private static UploadCheck.Accepted check(byte[] bytes, long max) {
        return UploadCheck.check(new ByteArrayInputStream(bytes), max, UploadCheck.DOCUMENTS, "file");
    }

    @Test
    void aRealPdfAndAPictureAreTaken() {
        byte[] pdf = PdfBundles.render("Test council", "A test", java.util.List.of(), java.util.List.of());
        assertThat(check(pdf, 1_000_000).mediaType()).isEqualTo("application/pdf");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(check(png, 1_000).mediaType()).isEqualTo("image/png");
    }

    @Test
    void aProgramCalledAPdfIsRefusedAsAProgram() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> check(exe, 1_000)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("This file is a program, whatever its name says");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        assertThatThrownBy(() -> check(elf, 1_000)).hasMessageContaining("a program");
        assertThatThrownBy(() -> check("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), 1_000))
                .hasMessageContaining("The file must be a JPEG picture or a PDF or a PNG picture");
    }

    @Test
    void tooLargeOrEmptyIsRefusedAndNothingKept() {
        assertThatThrownBy(() -> check(new byte[2 * 1024 * 1024 + 1], 2 * 1024 * 1024)).isInstanceOf(TooLargeException.class)
                .hasMessageContaining("larger than 2 MB");
        assertThatThrownBy(() -> check(new byte[0], 1_000)).hasMessageContaining("The file is empty");
    }
}
