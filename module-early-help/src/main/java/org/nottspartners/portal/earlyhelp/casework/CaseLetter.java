package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import jakarta.persistence.Basic;
import jakarta.persistence.FetchType;

/** A letter generated for a case (waiting list, referral outcome, final non-engagement), kept as the PDF sent. */
@Entity
@Table(name = "eh_letter")
public class CaseLetter extends CaseRecord {

    public static final String RECORD_TYPE = "early-help-letter";


    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "recipient", nullable = false, length = 200)
    private String recipient;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    protected CaseLetter() {
        // for JPA
    }

    public CaseLetter(UUID caseId, String kind, String recipient, String fileName, byte[] pdf) {
        super(caseId);
        this.kind = kind;
        this.recipient = recipient;
        this.fileName = fileName;
        this.pdf = pdf;
    }


    public String kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] pdf() {
        return pdf;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }
}
