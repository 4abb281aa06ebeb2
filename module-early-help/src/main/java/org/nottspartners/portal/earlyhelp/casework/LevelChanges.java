package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.event.SocialCareReferral;
import org.nottspartners.portal.core.history.HistoryEntry;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.EarlyHelpModule;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.ThresholdLevel;

/**
 * Step up and step down while a case is open (RULES.md §3 "City model": between Protection and Extensive or
 * Additional in both directions, 001 L1126, L1151, appendix 1; issue 23). A change between early help levels is kept
 * in the case's history, which is the level's history. A step up to a level early help does not work (Children in
 * Need, Protection; County's Level 4) closes the case as stepped up and hands the family to social care through
 * core's {@link SocialCareReferral} event.
 */
@ApplicationScoped
@Transactional
public class LevelChanges {

    /** The history kinds of a level change. */
    public static final String LEVEL_CHANGED = "LEVEL_CHANGED";
    public static final String STEPPED_UP = "STEPPED_UP_TO_SOCIAL_CARE";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CaseQueries queries;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    Closure closure;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    CurrentUser caller;

    @Inject
    Event<SocialCareReferral> handOff;

    @Inject
    Today today;

    public EarlyHelpCase change(UUID caseId, long version, String level, String reasons) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        access.requireLead(c, "Changing the level of need");
        LocalDate date = today.date();
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<ThresholdLevel> to = level == null ? Optional.empty() : setup.level(level.strip(), date);
        if (to.isEmpty()) {
            errors.add(new Problem.FieldError("level", "Choose the level of need now: " + String.join(", ",
                    setup.levelsOn(date).stream().map(ThresholdLevel::name).toList())));
        } else if (to.get().code().equals(c.decidedLevel())) {
            errors.add(new Problem.FieldError("level", "The case is at " + setup.levelName(c.decidedLevel(), date)
                    + " already"));
        } else if (!to.get().earlyHelp() && !above(c, to.get(), date)) {
            errors.add(new Problem.FieldError("level", setup.levelName(to.get().code(), date) + " is below the levels early"
                    + " help works at: close the case with its outcome instead"));
        }
        if (reasons == null || reasons.isBlank()) {
            errors.add(new Problem.FieldError("reasons", "Say why the level of need has changed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String from = setup.levelName(c.decidedLevel(), date);
        String now = setup.levelName(to.get().code(), date);
        boolean up = above(c, to.get(), date);
        c.changeLevel(to.get().code(), reasons.strip());
        em.flush();
        OffsetDateTime at = today.now();
        history.event(c, LEVEL_CHANGED, (up ? "Stepped up" : "Stepped down") + " from " + from + " to " + now + ": "
                + reasons.strip());
        if (!to.get().earlyHelp()) {
            // above early help's levels: social care's (001 L1128, L1162); the case closes and the family is handed on
            history.event(c, STEPPED_UP, "Handed to children's social care at " + now);
            closure.closeSteppedUp(c, "Stepped up to " + now + ": " + reasons.strip(), at);
            handOff.fire(new SocialCareReferral(c.tenantId(), EarlyHelpModule.ID, c.id().toString(), c.familyId(),
                    c.indexChildId(), now, reasons.strip(), caller.userName(), at));
        }
        return c;
    }

    /** Whether the level is above the case's present one in the council's framework. */
    private boolean above(EarlyHelpCase c, ThresholdLevel to, LocalDate date) {
        return setup.level(c.decidedLevel(), date).map(l -> to.sortOrder() > l.sortOrder()).orElse(true);
    }

    /** The case's level changes, oldest first: its level's history. */
    public List<HistoryEntry> history(UUID caseId) {
        return queries.history(caseId).stream().filter(e -> LEVEL_CHANGED.equals(e.kind())).toList();
    }
}
