package org.nottspartners.portal.housing.providers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.housing.rules.HousingSettings;
import org.nottspartners.portal.housing.rules.ProviderKind;
import org.nottspartners.portal.housing.rules.Suitability;

/** Refuses a place unsuitable for a child (RULES.md §6), by the council's settings in force on the day. */
@ApplicationScoped
public class Placements {

    @Inject
    TenantSettings settings;

    /** @throws InvalidInputException on the field, with the reason, when the provider's kind of place is unsuitable */
    public void check(Provider provider, Person youngPerson, LocalDate on, String field) {
        Suitability.refusal(provider.kind(), settings.choices(HousingSettings.UNSUITABLE, ProviderKind.class, on),
                settings.number(HousingSettings.ADULT_AGE, on), youngPerson == null ? null : youngPerson.dateOfBirth(), on)
                .ifPresent(reason -> {
                    throw new InvalidInputException(field, provider.name() + ": " + reason);
                });
    }
}
