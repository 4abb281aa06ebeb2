package org.nottspartners.portal.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.nottspartners.portal.attendance.register.RegisterImport;
import org.nottspartners.portal.core.page.PageActions;

/** A school's (or an officer's) register upload: the file in, and the import's report or every rejected row. */
@Named("attendanceRegisters")
@RequestScoped
public class RegistersPage {

    @Inject
    RegisterImport registers;

    private Part file;
    private RegisterImport.Result result;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            PageActions.fieldError("upload:file", "Choose the register file to upload");
            return;
        }
        PageActions.run(() -> {
            try (InputStream in = file.getInputStream()) {
                result = registers.importCsv(in, file.getSubmittedFileName());
            } catch (IOException e) {
                throw new org.nottspartners.portal.core.problem.InvalidInputException("file", "The file could not be read: send it again");
            }
        }, "the register", "upload");
    }

    public void sample() throws IOException {
        PageActions.download(RegisterImport.SAMPLE.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv", "register-sample.csv");
    }

    /** The latest uploads: the school's own, or the council's for an officer. */
    public java.util.List<RegisterImport.Sent> getRecent() {
        return registers.recent(20);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public RegisterImport.Result getResult() {
        return result;
    }
}
