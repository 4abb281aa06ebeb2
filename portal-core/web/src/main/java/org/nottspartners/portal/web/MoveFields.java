package org.nottspartners.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.person.PostalAddress;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * The person page's form to record a move, as typed: the new address and the day they moved in, checked by
 * the core ({@link PostalAddress}) with every problem at once, against the fields named as the API names them.
 */
public class MoveFields {

    private String line1;
    private String line2;
    private String town;
    private String postcode;
    private String uprn;
    private String from;

    /** The new address, refused with every problem of the form at once. */
    public PostalAddress address() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PostalAddress address = PostalAddress.read(line1, line2, town, postcode, uprn, errors);
        fromDate(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return address;
    }

    /** The day they moved in (call after {@link #address()}, which refuses a day that is not one). */
    public LocalDate fromDate() {
        return fromDate(new ArrayList<>());
    }

    private LocalDate fromDate(List<Problem.FieldError> errors) {
        if (from == null || from.isBlank()) {
            errors.add(new Problem.FieldError("from", "Enter the date they moved in, like 2026-03-14"));
            return null;
        }
        var reading = org.nottspartners.portal.core.time.DateText.read(from, "the date they moved in", "2026-03-14");
        reading.problem().ifPresent(problem -> errors.add(new Problem.FieldError("from", problem)));
        return reading.date().orElse(null);
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getUprn() {
        return uprn;
    }

    public void setUprn(String uprn) {
        this.uprn = uprn;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
