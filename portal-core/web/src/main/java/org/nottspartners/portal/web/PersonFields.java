package org.nottspartners.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.person.Ethnicity;
import org.nottspartners.portal.core.person.Gender;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDetails;
import org.nottspartners.portal.core.person.PersonIdentifiers;
import org.nottspartners.portal.core.person.PersonKind;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * A person's details as typed on a page (text, so that a wrong date is the user's mistake to correct, not a
 * conversion error), turned into checked {@link PersonDetails} with every problem at once. Shared by the
 * new-person and change-details pages, which render it with {@code /WEB-INF/includes/person-fields.xhtml}.
 */
public class PersonFields {

    private String givenName;
    private String familyName;
    private PersonKind kind = PersonKind.CHILD;
    private String dateOfBirth;
    private String expectedDateOfBirth;
    private Gender gender = Gender.NOT_KNOWN;
    private Ethnicity ethnicity;
    private String firstLanguage;
    private boolean interpreterNeeded;
    private String school;
    private String postcode;
    private String upn;
    private String nhsNumber;

    /** The fields filled from a person's record, for changing them. */
    public static PersonFields of(Person p) {
        PersonFields f = new PersonFields();
        f.givenName = p.givenName();
        f.familyName = p.familyName();
        f.kind = p.kind();
        f.dateOfBirth = p.dateOfBirth() == null ? null : p.dateOfBirth().toString();
        f.expectedDateOfBirth = p.expectedDateOfBirth() == null ? null : p.expectedDateOfBirth().toString();
        f.gender = p.gender();
        f.ethnicity = p.ethnicity();
        f.firstLanguage = p.firstLanguage();
        f.interpreterNeeded = p.interpreterNeeded();
        f.school = p.school();
        f.postcode = p.postcode();
        f.upn = p.upn();
        f.nhsNumber = p.nhsNumber();
        return f;
    }

    /** The details, checked; refused with every problem at once, by field. */
    public PersonDetails toDetails(LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate dob = date("dateOfBirth", dateOfBirth, "the date of birth", "2015-04-02", errors);
        LocalDate expected = date("expectedDateOfBirth", expectedDateOfBirth, "the date the baby is due", "2027-03-14", errors);
        PersonIdentifiers ids = PersonIdentifiers.read(postcode, upn, nhsNumber, errors);
        PersonDetails details = new PersonDetails(givenName, familyName, kind, dob, expected, gender, ethnicity,
                firstLanguage, interpreterNeeded, school, ids);
        details.problems(today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().distinct().toList());
        }
        return details;
    }

    private static LocalDate date(String field, String text, String what, String example, List<Problem.FieldError> errors) {
        var reading = org.nottspartners.portal.core.time.DateText.read(text, what, example);
        reading.problem().ifPresent(problem -> errors.add(new Problem.FieldError(field, problem)));
        return reading.date().orElse(null);
    }

    /** What differs between what the user typed and the record as it now stands, in words: "postcode is now NG7 2QQ". */
    public List<String> differencesFrom(Person current) {
        PersonFields now = of(current);
        List<String> differences = new ArrayList<>();
        compare("first name", givenName, now.givenName, differences);
        compare("last name", familyName, now.familyName, differences);
        compare("date of birth", dateOfBirth, now.dateOfBirth, differences);
        compare("expected date of birth", expectedDateOfBirth, now.expectedDateOfBirth, differences);
        compare("gender", gender == null ? null : gender.label(), now.gender.label(), differences);
        compare("ethnicity", ethnicity == null ? null : ethnicity.label(), now.ethnicity == null ? null : now.ethnicity.label(),
                differences);
        compare("first language", firstLanguage, now.firstLanguage, differences);
        compare("school", school, now.school, differences);
        compare("postcode", postcode, now.postcode, differences);
        compare("UPN", upn, now.upn, differences);
        compare("NHS number", nhsNumber, now.nhsNumber, differences);
        return differences;
    }

    private static void compare(String what, String typed, String stored, List<String> differences) {
        String a = typed == null || typed.isBlank() ? "" : typed.strip();
        String b = stored == null ? "" : stored;
        if (!a.equalsIgnoreCase(b)) {
            differences.add(what + " is now " + (b.isEmpty() ? "blank" : b) + " (you entered " + (a.isEmpty() ? "nothing" : a) + ")");
        }
    }

    public PersonKind[] getKinds() {
        return PersonKind.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Ethnicity[] getEthnicities() {
        return Ethnicity.values();
    }

    /** The ethnicities grouped by their main category, as optgroups of the select (issue 21). */
    public java.util.List<jakarta.faces.model.SelectItem> getEthnicityGroups() {
        java.util.Map<String, java.util.List<jakarta.faces.model.SelectItem>> groups = new java.util.LinkedHashMap<>();
        for (Ethnicity e : Ethnicity.values()) {
            groups.computeIfAbsent(e.group(), g -> new java.util.ArrayList<>()).add(new jakarta.faces.model.SelectItem(e, e.label()));
        }
        return groups.entrySet().stream()
                .<jakarta.faces.model.SelectItem>map(g -> new jakarta.faces.model.SelectItemGroup(g.getKey(), null, false,
                        g.getValue().toArray(jakarta.faces.model.SelectItem[]::new)))
                .toList();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getExpectedDateOfBirth() {
        return expectedDateOfBirth;
    }

    public void setExpectedDateOfBirth(String expectedDateOfBirth) {
        this.expectedDateOfBirth = expectedDateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(Ethnicity ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getFirstLanguage() {
        return firstLanguage;
    }

    public void setFirstLanguage(String firstLanguage) {
        this.firstLanguage = firstLanguage;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }
}
