package org.nottspartners.portal.core.person;

import java.util.UUID;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;

/** No person with this identifier in the current council (whether or not one exists in another). */
public class PersonNotFoundException extends RecordNotFoundException {

    public PersonNotFoundException(UUID id) {
        super("There is no person " + id + " in this council.");
    }
}
