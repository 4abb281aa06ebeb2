package org.nottspartners.portal.core.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.person.Address;
import org.nottspartners.portal.core.person.AddressBook;
import org.nottspartners.portal.core.person.PostalAddress;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * A household's addresses: where each member of a family lives now, the address they share, and a move of
 * several members at once ("these people moved together"), each recorded in their own address history.
 */
@ApplicationScoped
@Transactional
public class HouseholdAddresses {

    @Inject
    FamilyDirectory families;

    @Inject
    AddressBook addresses;

    /** A member of the family and where they live now ({@code current} is null when it is not known). */
    public record MemberAddress(UUID personId, Address current) {
    }

    /** Each member of the family, in the family's order (the index child first), with their current address. */
    public List<MemberAddress> currentAddresses(UUID familyId) {
        List<UUID> members = members(familyId);
        Map<UUID, Address> current = addresses.currentOf(members);
        return members.stream().map(m -> new MemberAddress(m, current.get(m))).toList();
    }

    /**
     * The household's current address: the one every member whose address is known lives at; empty when no
     * member's address is known or they live at different addresses (then see {@link #currentAddresses}).
     */
    public Optional<PostalAddress> sharedAddress(UUID familyId) {
        return shared(currentAddresses(familyId));
    }

    /** The address all the known addresses are, if they are all one place. */
    public static Optional<PostalAddress> shared(List<MemberAddress> members) {
        List<PostalAddress> known = members.stream().filter(m -> m.current() != null).map(m -> m.current().postal()).toList();
        if (known.isEmpty() || !known.stream().allMatch(a -> a.samePlaceAs(known.get(0)))) {
            return Optional.empty();
        }
        return Optional.of(known.get(0));
    }

    /**
     * Records that these members of the family moved together to {@code address} on {@code from}: all of them
     * or none. Each must be a member of the family, and each comes with the version of their record read.
     */
    public List<Address> moveTogether(UUID familyId, List<AddressBook.Mover> movers, PostalAddress address, LocalDate from) {
        List<UUID> members = members(familyId);
        List<Problem.FieldError> outsiders = new ArrayList<>();
        for (AddressBook.Mover m : movers) {
            if (!members.contains(m.personId())) {
                outsiders.add(new Problem.FieldError("members", m.personId() + " is not a member of this family"));
            }
        }
        if (!outsiders.isEmpty()) {
            throw new InvalidInputException(outsiders);
        }
        return addresses.recordMoveTogether(movers, address, from);
    }

    private List<UUID> members(UUID familyId) {
        families.find(familyId).orElseThrow(() -> new RecordNotFoundException("There is no family " + familyId + " in this council."));
        return families.members(familyId);
    }
}
