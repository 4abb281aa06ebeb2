package org.nottspartners.portal.core.person;

import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * A person's postcode, UPN and NHS number as typed, checked together so that a form shows every mistake
 * at once; the same checks for the pages and the API.
 *
 * @param postcode   the postcode in its usual form ({@code NG1 5AA}), or null
 * @param upn        the checked UPN, or null
 * @param nhsNumber  the checked NHS number, or null
 */
public record PersonIdentifiers(String postcode, UniquePupilNumber upn, NhsNumber nhsNumber) {

    /**
     * @param errors where each problem is added, by field, in the user's words
     * @return the identifiers, or null where one was wrong (see {@code errors})
     */
    public static PersonIdentifiers read(String postcode, String upn, String nhsNumber, List<Problem.FieldError> errors) {
        String normalisedPostcode = null;
        if (present(postcode)) {
            normalisedPostcode = Postcodes.normalise(postcode).orElse(null);
            if (normalisedPostcode == null) {
                errors.add(new Problem.FieldError("postcode", Postcodes.PROBLEM));
            }
        }
        int before = errors.size();
        if (present(upn)) {
            UniquePupilNumber.problemWith(upn).ifPresent(m -> errors.add(new Problem.FieldError("upn", m)));
        }
        if (present(nhsNumber)) {
            NhsNumber.problemWith(nhsNumber).ifPresent(m -> errors.add(new Problem.FieldError("nhsNumber", m)));
        }
        if (errors.size() > before) {
            return null;
        }
        return new PersonIdentifiers(normalisedPostcode, present(upn) ? UniquePupilNumber.parse(upn) : null,
                present(nhsNumber) ? NhsNumber.parse(nhsNumber) : null);
    }

    /** Reads the identifiers, refusing with every problem at once. */
    public static PersonIdentifiers read(String postcode, String upn, String nhsNumber) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PersonIdentifiers ids = read(postcode, upn, nhsNumber, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ids;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
