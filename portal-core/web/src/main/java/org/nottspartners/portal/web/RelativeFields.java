package org.nottspartners.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.nottspartners.portal.core.family.RelationshipType;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * The person page's form to record a relationship or add someone to one of the person's families (issue 14: work
 * from the family page), as typed: the other person is found by name first (search before choosing), then chosen; core's
 * family directory checks the rest as it does for the API.
 */
public class RelativeFields {

    private String name;
    private List<Person> found = List.of();
    private String otherId;
    private RelationshipType type;
    private boolean parentalResponsibility;
    private boolean hasCare;
    private String familyId;

    /** The person chosen, refused in the user's words when nobody was. */
    public UUID chosen() {
        if (otherId == null || otherId.isBlank()) {
            throw new InvalidInputException("otherId", "Find the other person by name, then choose them");
        }
        try {
            return UUID.fromString(otherId);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("otherId", "Choose the other person from the list");
        }
    }

    /** The relationship types, in words. */
    public RelationshipType[] getTypes() {
        return RelationshipType.values();
    }

    /** A type in words: "step parent". */
    public String words(RelationshipType t) {
        return t.name().toLowerCase(Locale.UK).replace('_', ' ');
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<Person> getFound() { return found; }
    void setFound(List<Person> found) { this.found = found; }
    public String getOtherId() { return otherId; }
    public void setOtherId(String otherId) { this.otherId = otherId; }
    public RelationshipType getType() { return type; }
    public void setType(RelationshipType type) { this.type = type; }
    public boolean isParentalResponsibility() { return parentalResponsibility; }
    public void setParentalResponsibility(boolean v) { this.parentalResponsibility = v; }
    public boolean isHasCare() { return hasCare; }
    public void setHasCare(boolean v) { this.hasCare = v; }
    public String getFamilyId() { return familyId; }
    public void setFamilyId(String familyId) { this.familyId = familyId; }
}
