package org.nottspartners.portal.core.family;

import java.util.Optional;
import java.util.UUID;

/**
 * What one module's records say of a person, for another service's check before it decides (the licensing officer's
 * "is the child known to early help?", RULES.md §5, County 002 §14a): a line in words, never the records themselves.
 * Each module that keeps records of people offers one as a CDI bean; the asking module finds them all. Called inside
 * the council of the request, so the module's own queries see only that council's records.
 */
public interface ServiceKnowledge {

    /** The service, as an officer knows it ("Early help"). */
    String service();

    /** What the service's records say of the person ("an early help case is open"); empty when they hold nothing. */
    Optional<String> about(UUID personId);
}
