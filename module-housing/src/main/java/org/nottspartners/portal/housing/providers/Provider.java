package org.nottspartners.portal.housing.providers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;
import org.nottspartners.portal.housing.rules.ProviderKind;

/**
 * A provider of accommodation in a council (RULES.md §6; 002 §8): its organisation, as its users' sign-in names it,
 * the kind of place it offers and the places free now, which its own staff keep up to date.
 */
@Entity
@Table(name = "hsg_provider")
public class Provider extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "housing-provider";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** The organisation its users belong to in the sign-in service: how the portal knows who works for it. */
    @Column(name = "organisation", nullable = false, length = 200)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ProviderKind kind;

    @Column(name = "vacancies", nullable = false)
    private int vacancies;

    protected Provider() {
    }

    public Provider(String name, String organisation, ProviderKind kind, int vacancies) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.organisation = organisation;
        this.kind = kind;
        this.vacancies = vacancies;
    }

    public void vacancies(int vacancies) {
        this.vacancies = vacancies;
    }

    public void takePlace() {
        vacancies--;
    }

    public void details(String name, String organisation, ProviderKind kind) {
        this.name = name;
        this.organisation = organisation;
        this.kind = kind;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public ProviderKind kind() {
        return kind;
    }

    public int vacancies() {
        return vacancies;
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
