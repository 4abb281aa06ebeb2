package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;

/** The Early Help section of the family record page: the person's early help cases, newest first. */
@Named("earlyHelpSection")
@RequestScoped
public class FamilySection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<EarlyHelpCase> casesOf(Object personId) {
        if (personId == null) {
            return List.of();
        }
        UUID id = personId instanceof UUID u ? u : UUID.fromString(personId.toString());
        return em.createQuery("select c from EarlyHelpCase c where c.indexChildId = :p or c.familyId in"
                + " (select m.familyId from FamilyMember m where m.personId = :p) order by c.receivedAt desc", EarlyHelpCase.class)
                .setParameter("p", id).getResultList();
    }
}
