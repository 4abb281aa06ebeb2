package org.nottspartners.portal.core.clock;

import java.util.Objects;

/**
 * The piece of work a clock times, and who answers for it now.
 *
 * @param type   the kind of work, for example {@code referral}
 * @param id     its identifier in the module
 * @param label  what a manager reads on the dashboard ("Referral of the Smith family")
 * @param team   the team responsible
 * @param worker the worker responsible (user id), or null while unallocated
 */
public record ClockSubject(String type, String id, String label, String team, String worker) {

    public ClockSubject {
        Objects.requireNonNull(type, "A clock's subject needs a type");
        Objects.requireNonNull(id, "A clock's subject needs an id");
        Objects.requireNonNull(label, "A clock's subject needs a label");
        Objects.requireNonNull(team, "A clock needs the team responsible");
    }
}
