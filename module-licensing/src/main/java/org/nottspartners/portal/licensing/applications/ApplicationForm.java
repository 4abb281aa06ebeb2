package org.nottspartners.portal.licensing.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.licensing.rules.LightWork;

/**
 * An application's answers as they arrive from a page or the API, every value as text: what is given is checked
 * (each wrong value named in the applicant's words), what is left out stays empty until the application is sent, so
 * that an applicant saves and comes back later. {@code version} is the version of the application the applicant read.
 */
public class ApplicationForm {
    public Long version;
    public String childGivenName;
    public String childFamilyName;
    public String childDateOfBirth;
    public String childAddress;
    public String childSchool;
    public String parentName;
    public String parentEmail;
    public String organisation;
    public String title;
    public String place;
    public String lightWork;
    public String startsOn;
    public String chaperoneName;
    public Integer childrenWithChaperone;
    public Boolean chaperoneIsTutor;
    public String tutorName;
    public Boolean paid;
    /** A chaperone licence: the applicant's own date of birth and address, DBS certificate, referees, training, consent. */
    public String applicantDateOfBirth;
    public String applicantAddress;
    public String dbsNumber;
    public String dbsIssuedOn;
    public String referees;
    public String trainedOn;
    public Boolean recordsCheckConsent;
    /** A body of persons approval: the last day it covers and the safeguarding arrangements. */
    public String endsOn;
    public String safeguarding;

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'’-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[<>]");

    /** The answers read; any left out are {@code null}. */
    public record Details(String childGivenName, String childFamilyName, LocalDate childDateOfBirth, String childAddress,
            String childSchool, String parentName, String parentEmail, String organisation, String title, String place,
            String lightWork, LocalDate startsOn, String chaperoneName, Integer childrenWithChaperone, Boolean chaperoneIsTutor,
            String tutorName, Boolean paid, LocalDate applicantDateOfBirth, String applicantAddress, String dbsNumber,
            LocalDate dbsIssuedOn, String referees, LocalDate trainedOn, Boolean recordsCheckConsent, LocalDate endsOn,
            String safeguarding) {
    }

    /** The answers, or every problem with them at once. */
    public Details read(LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String given = name(childGivenName, "childGivenName", "the child's first name", errors);
        String family = name(childFamilyName, "childFamilyName", "the child's last name", errors);
        LocalDate born = date(childDateOfBirth, "childDateOfBirth", "the child's date of birth", "2012-04-02", errors);
        if (born != null && born.isAfter(today)) {
            errors.add(new Problem.FieldError("childDateOfBirth", "The child's date of birth must be in the past"));
            born = null;
        }
        String address = text(childAddress, "childAddress", "the child's home address", 500, errors);
        String school = text(childSchool, "childSchool", "the child's school", 200, errors);
        String parent = name(parentName, "parentName", "the parent's full name", errors);
        String parentMail = email(parentEmail, "parentEmail", "the parent's email address", errors);
        String org = text(organisation, "organisation", "the name of the company or business", 200, errors);
        String what = text(title, "title", "the name of the production or the job", 200, errors);
        String where = text(place, "place", "the address of the venue or workplace", 500, errors);
        String job = null;
        if (lightWork != null && !lightWork.isBlank()) {
            job = Arrays.stream(LightWork.values()).map(Enum::name).filter(n -> n.equalsIgnoreCase(lightWork.strip())).findFirst()
                    .orElse(null);
            if (job == null) {
                errors.add(new Problem.FieldError("lightWork", "Choose the kind of job from the list, or 'none of these'"));
            }
        }
        LocalDate starts = date(startsOn, "startsOn", "the day the child starts work", "2027-03-06", errors);
        String chaperone = name(chaperoneName, "chaperoneName", "the chaperone's full name", errors);
        if (childrenWithChaperone != null && (childrenWithChaperone < 1 || childrenWithChaperone > 999)) {
            errors.add(new Problem.FieldError("childrenWithChaperone", "Enter how many children the chaperone looks after, from 1"));
        }
        String tutor = name(tutorName, "tutorName", "the tutor's full name", errors);
        LocalDate applicantBorn = date(applicantDateOfBirth, "applicantDateOfBirth", "your date of birth", "1980-04-02", errors);
        if (applicantBorn != null && applicantBorn.isAfter(today.minusYears(18))) {
            errors.add(new Problem.FieldError("applicantDateOfBirth", "A chaperone must be 18 or over"));
            applicantBorn = null;
        }
        String applicantHome = text(applicantAddress, "applicantAddress", "your home address", 500, errors);
        String dbs = null;
        if (dbsNumber != null && !dbsNumber.isBlank()) {
            dbs = dbsNumber.replaceAll("\\s", "");
            if (!dbs.matches("\\d{12}")) {
                errors.add(new Problem.FieldError("dbsNumber", "Enter the certificate number as it is printed on your DBS"
                        + " certificate: 12 digits"));
                dbs = null;
            }
        }
        LocalDate dbsDate = date(dbsIssuedOn, "dbsIssuedOn", "the date your DBS certificate was issued", "2026-04-02", errors);
        if (dbsDate != null && dbsDate.isAfter(today)) {
            errors.add(new Problem.FieldError("dbsIssuedOn", "The date your DBS certificate was issued must be in the past"));
            dbsDate = null;
        }
        String refs = text(referees, "referees", "the names and contact details of two referees", 1000, errors);
        LocalDate trained = date(trainedOn, "trainedOn", "the date of your chaperone training", "2026-04-02", errors);
        LocalDate ends = date(endsOn, "endsOn", "the last day of the performances", "2027-06-30", errors);
        if (ends != null && starts != null && ends.isBefore(starts)) {
            errors.add(new Problem.FieldError("endsOn", "The last day must be on or after the first day"));
            ends = null;
        }
        String arrangements = text(safeguarding, "safeguarding", "how the organisation keeps the children safe", 2000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Details(given, family, born, address, school, parent, parentMail, org, what, where, job, starts, chaperone,
                childrenWithChaperone, chaperoneIsTutor, tutor, paid, applicantBorn, applicantHome, dbs, dbsDate, refs, trained,
                recordsCheckConsent, ends, arrangements);
    }

    private static String text(String value, String field, String what, int most, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (CONTROL.matcher(v).find()) {
            errors.add(new Problem.FieldError(field, "Enter " + what + " without the characters < or > or hidden control characters"));
            return null;
        }
        if (v.length() > most) {
            errors.add(new Problem.FieldError(field, capitalise(what) + " must be " + most + " characters or fewer"));
            return null;
        }
        return v;
    }

    private static String name(String value, String field, String what, List<Problem.FieldError> errors) {
        String v = text(value, field, what, 100, errors);
        if (v != null && !NAME.matcher(v).matches()) {
            errors.add(new Problem.FieldError(field, "Enter " + what + " using letters, spaces, hyphens and apostrophes only"));
            return null;
        }
        return v;
    }

    private static String email(String value, String field, String what, List<Problem.FieldError> errors) {
        String v = text(value, field, what, 320, errors);
        if (v != null && !EMAIL.matcher(v).matches()) {
            errors.add(new Problem.FieldError(field, "Enter " + what + " in the correct format, like name@example.com"));
            return null;
        }
        return v == null ? null : v.toLowerCase(Locale.UK);
    }

    private static LocalDate date(String value, String field, String what, String example, List<Problem.FieldError> errors) {
        DateText.Reading reading = DateText.read(value, what, example);
        reading.problem().ifPresent(p -> errors.add(new Problem.FieldError(field, p)));
        return reading.date().orElse(null);
    }

    private static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
