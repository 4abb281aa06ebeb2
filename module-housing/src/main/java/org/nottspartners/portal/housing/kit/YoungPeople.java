package org.nottspartners.portal.housing.kit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** The young people housing's records are about: core's persons, opened under core's policy and audited. */
@ApplicationScoped
public class YoungPeople {

    @Inject
    PersonRecordAccess access;

    @Inject
    PersonDirectory people;

    /**
     * The person a form names, when the caller may open their record.
     *
     * @throws InvalidInputException on the form's field when there is no such person the caller may open
     */
    public Person chosen(UUID personId, String field) {
        if (personId == null) {
            throw new InvalidInputException(field, "Choose the young person (search for them first, then record them if nobody is found)");
        }
        return access.open(personId).orElseThrow(() -> new InvalidInputException(field,
                "There is no young person " + personId + " you may open in this council"));
    }

    /** The person of a record the caller may already see (the record's own access decided): audited as read. */
    public Optional<Person> of(UUID personId) {
        return personId == null ? Optional.empty() : people.find(personId);
    }

    public String name(UUID personId) {
        return of(personId).map(p -> p.givenName() + " " + p.familyName()).orElse("(not recorded)");
    }

    public static Integer age(Person p, LocalDate on) {
        return p == null || p.dateOfBirth() == null ? null : Period.between(p.dateOfBirth(), on).getYears();
    }

    public Integer age(UUID personId, LocalDate on) {
        return of(personId).map(p -> age(p, on)).orElse(null);
    }
}
