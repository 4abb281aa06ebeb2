package org.nottspartners.portal.troubledfamilies.families;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A person another module flagged in a school year ({@code persistent-absence}), as its core event said. */
@Entity
@Table(name = "tf_person_flag")
public class PersonFlag extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "flag", nullable = false, updatable = false, length = 40)
    private String flag;

    @Column(name = "school_year", nullable = false, updatable = false)
    private LocalDate schoolYear;

    @Column(name = "last_on", nullable = false)
    private LocalDate lastOn;

    protected PersonFlag() {
    }

    PersonFlag(UUID personId, String flag, LocalDate schoolYear, LocalDate lastOn) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.flag = flag;
        this.schoolYear = schoolYear;
        this.lastOn = lastOn;
    }

    void seen(LocalDate on) {
        if (on.isAfter(lastOn)) {
            this.lastOn = on;
        }
    }

    public UUID personId() {
        return personId;
    }

    public String flag() {
        return flag;
    }

    public LocalDate schoolYear() {
        return schoolYear;
    }

    public LocalDate lastOn() {
        return lastOn;
    }

    @Override
    public String recordType() {
        return "tf-person-flag";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
