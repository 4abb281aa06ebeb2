package org.nottspartners.portal.housing.providers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.FieldChecks;
import org.nottspartners.portal.housing.kit.HousingAccess;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderForm;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderView;
import org.nottspartners.portal.housing.rules.ProviderKind;

/**
 * The council's providers of accommodation: recorded by housing officers; a provider's own staff keep its places free
 * up to date and see no other provider's.
 */
@ApplicationScoped
@Transactional
public class Providers {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HousingAccess access;

    /** Every provider of the council for its staff; a provider's staff see their own organisation's only. */
    public List<ProviderView> list() {
        List<Provider> all = em.createQuery("select p from Provider p order by p.name, p.id", Provider.class).getResultList();
        return all.stream().filter(p -> !access.isProviderOnly() || p.organisation().equals(access.organisation()))
                .map(Providers::view).toList();
    }

    public ProviderView create(ProviderForm form) {
        FieldChecks f = new FieldChecks();
        ProviderKind kind = checked(form, f);
        f.require(form.vacancies != null && form.vacancies >= 0 && form.vacancies <= 500, "vacancies",
                "Enter the places free now, a whole number from 0 to 500");
        f.check();
        Provider p = new Provider(form.name.strip(), form.organisation.strip(), kind, form.vacancies);
        em.persist(p);
        em.flush();
        return view(p);
    }

    /** A housing officer corrects a provider; a provider's staff change only its places free. */
    public ProviderView update(UUID id, ProviderForm form) {
        Provider p = own(id);
        FieldChecks f = new FieldChecks();
        f.require(form.version != null, "version", "Send the version of the provider you read");
        f.require(form.vacancies != null && form.vacancies >= 0 && form.vacancies <= 500, "vacancies",
                "Enter the places free now, a whole number from 0 to 500");
        ProviderKind kind = null;
        boolean details = access.isOfficer() && (form.name != null || form.organisation != null || form.kind != null);
        if (details) {
            kind = checked(form, f);
        }
        f.check();
        if (p.version() != form.version) {
            throw new StaleRecordException("provider", id.toString(), form.version, p.version());
        }
        if (details) {
            p.details(form.name.strip(), form.organisation.strip(), kind);
        }
        p.vacancies(form.vacancies);
        em.flush();
        return view(p);
    }

    private static ProviderKind checked(ProviderForm form, FieldChecks f) {
        f.text(form.name, "name", 200, "Enter the provider's name");
        f.text(form.organisation, "organisation", 200, "Enter the organisation its staff sign in as");
        return f.choice(ProviderKind.class, form.kind, "kind",
                "Choose the kind of place: SUPPORTED_ACCOMMODATION, EMERGENCY_BED, SUPPORTED_LODGINGS, BED_AND_BREAKFAST or SHARED_ADULT_HOSTEL");
    }

    /** A provider the caller may see: any for council staff, their own organisation's for a provider (404 otherwise). */
    public Provider own(UUID id) {
        Provider p = id == null ? null : em.find(Provider.class, id);
        if (p == null || access.isProviderOnly() && !p.organisation().equals(access.organisation())) {
            throw new RecordNotFoundException("No provider " + id);
        }
        return p;
    }

    public Provider find(UUID id) {
        Provider p = id == null ? null : em.find(Provider.class, id);
        if (p == null) {
            throw new RecordNotFoundException("No provider " + id);
        }
        return p;
    }

    /** The provider's name, or the words for one that is not there. */
    public String nameOf(UUID id) {
        Provider p = id == null ? null : em.find(Provider.class, id);
        return p == null ? null : p.name();
    }

    public static ProviderView view(Provider p) {
        return new ProviderView(p.id(), p.version(), p.name(), p.organisation(), p.kind().name(), p.kind().inWords(), p.vacancies());
    }
}
