package org.nottspartners.portal.licensing.applications;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A document sent with an application (a birth certificate, a photograph), kept as it was checked. */
@Entity
@Table(name = "lic_attachment")
public class Attachment extends TenantOwnedRecord {

    /** What a document is, in the applicant's words; which kinds of application need it. */
    public enum Kind {
        BIRTH_CERTIFICATE("a copy of the child's birth certificate"),
        PHOTO("a recent photograph"),
        DBS_CERTIFICATE("a copy of your DBS certificate");

        private final String inWords;

        Kind(String inWords) {
            this.inWords = inWords;
        }

        public String inWords() {
            return inWords;
        }
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private Kind kind;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected Attachment() {
    }

    Attachment(UUID applicationId, Kind kind, String fileName, String mediaType, byte[] content) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content.clone();
    }

    @Override
    public String recordType() {
        return "licence-application-document";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    public UUID id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }
}
