package org.nottspartners.portal.licensing.licences;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A licence or permit as issued: its PDF, kept against the application, and to whom it was sent. */
@Entity
@Table(name = "lic_document")
public class LicenceDocument extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 100)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "sent_to", nullable = false, length = 1000)
    private String sentTo;

    protected LicenceDocument() {
    }

    LicenceDocument(UUID applicationId, String fileName, byte[] pdf, String sentTo) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.pdf = pdf.clone();
        this.sentTo = sentTo;
    }

    @Override
    public String recordType() {
        return "licence";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public String sentTo() {
        return sentTo;
    }
}
