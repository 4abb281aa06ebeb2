package org.nottspartners.portal.licensing.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.family.ServiceKnowledge;
import org.nottspartners.portal.core.person.PartialDate;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonMatcher;
import org.nottspartners.portal.licensing.applications.Application;

/**
 * The licensing officer's check of an application's child against the family record (RULES.md §5; County 002 §14a:
 * "checks with education, social care and early help" before a licence is issued): the people the council's record
 * may hold for the child (core's search by name and date of birth, each read audited as the officer's), and for each
 * what every service's records say (early help's open case, say). Shown to the officer only.
 */
@ApplicationScoped
@Transactional
public class FamilyRecordCheck {

    /** One person the record may hold for the child: how well they match, and what each service knows. */
    public record Found(UUID personId, String name, LocalDate dateOfBirth, int score, List<String> reasons, List<String> known) {
    }

    @Inject
    PersonDirectory people;

    @Inject
    Instance<ServiceKnowledge> services;

    /**
     * The child of a performance or employment application; for a chaperone licence the applicant themselves, whose
     * consent to the check the application holds (002 §14b).
     */
    public List<Found> of(Application a) {
        PersonMatcher.Criteria criteria;
        if (a.kind() == org.nottspartners.portal.licensing.applications.ApplicationKind.CHAPERONE) {
            if (!Boolean.TRUE.equals(a.recordsCheckConsent()) || a.applicantDateOfBirth() == null) {
                return List.of();
            }
            criteria = PersonMatcher.Criteria.of(a.applicantName(), a.applicantDateOfBirth().toString(), null, null, null);
        } else if (a.childFamilyName() == null || a.childDateOfBirth() == null) {
            return List.of();
        } else {
            criteria = new PersonMatcher.Criteria(a.childGivenName() == null ? "" : a.childGivenName(), a.childFamilyName(),
                    PartialDate.parse(a.childDateOfBirth().toString()), Optional.empty(), Optional.empty(), Optional.empty());
        }
        List<Found> found = new ArrayList<>();
        for (var match : people.findMatches(criteria, 3)) {
            var p = match.person();
            List<String> known = new ArrayList<>();
            for (ServiceKnowledge service : services) {
                service.about(p.id()).ifPresent(words -> known.add(service.service() + ": " + words));
            }
            found.add(new Found(p.id(), p.givenName() + " " + p.familyName(), p.dateOfBirth(), match.match().score(),
                    match.match().reasons(), known));
        }
        return found;
    }
}
