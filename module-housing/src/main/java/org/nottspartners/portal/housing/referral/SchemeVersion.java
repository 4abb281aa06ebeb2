package org.nottspartners.portal.housing.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * One version of a council's A1 scoring scheme (RULES.md §6: tenant configuration), numbered 1, 2, 3 in the order
 * saved and in force from its date; its questions, weights and points as JSON. Versions are never changed: an edit is
 * a new version.
 */
@Entity
@Table(name = "hsg_scheme")
public class SchemeVersion extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "housing-scheme";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "questions", nullable = false, updatable = false, length = 20000)
    private String questions;

    protected SchemeVersion() {
    }

    SchemeVersion(int number, LocalDate effectiveFrom, String questions) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.questions = questions;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String questions() {
        return questions;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
