package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.nottspartners.portal.core.clock.ClockRecord;
import org.nottspartners.portal.core.clock.ClockSubject;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.history.History;
import org.nottspartners.portal.core.history.HistoryEntry;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.referral.TeamKind;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;

/**
 * What every step of a case leaves behind (RULES.md §3): an entry in the case's history under the name of
 * whoever took it, and the quality-standard clocks {@link CaseClockPolicy} says it stops and starts (RULES.md
 * §8; seed 002). Shared by the services that move a case on.
 */
@ApplicationScoped
@Transactional
public class CaseHistory {

    /** The clock subject type of an early help case. */
    public static final String SUBJECT = "early-help-case";

    /** The team a case's clocks belong to until the front door passes it to one. */
    static final String FRONT_DOOR_TEAM = "Front door";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    History history;

    @Inject
    StandardClocks clocks;

    @Inject
    Today today;

    @Inject
    EarlyHelpSetup setup;

    /** A step in the case's history, under the name of whoever took it (the audit trail keeps their id too). */
    public HistoryEntry event(EarlyHelpCase c, String kind, String description) {
        return history.record(SUBJECT, c.id(), kind, description);
    }

    /** The case as its clocks name it: reference and family, team (the front door until passed on) and lead professional. */
    static ClockSubject subject(EarlyHelpCase c) {
        return new ClockSubject(SUBJECT, c.id().toString(), c.reference() + " " + c.familyName(),
                c.teamCode() != null ? c.teamCode() : c.leadProfessional() != null ? CaseAccess.TEAM_AROUND_THE_CHILD
                        : FRONT_DOOR_TEAM, c.leadProfessional());
    }

    /** What the policy says {@code step} does to the clocks of this case, as it stands. */
    CaseClockPolicy.Change clocksOn(EarlyHelpCase c, CaseStep step) {
        boolean childrensCentre = c.teamCode() != null
                && setup.team(c.teamCode()).map(t -> t.kind() == TeamKind.CHILDRENS_CENTRE).orElse(false);
        return CaseClockPolicy.on(step, new CaseClockPolicy.Facts(c.urgent(), c.stage(), c.route(), childrensCentre,
                c.monitoringOnly()));
    }

    /** Stops and starts the clocks the policy names for {@code step}, at {@code at}. */
    public CaseClockPolicy.Change applyClocks(EarlyHelpCase c, CaseStep step, OffsetDateTime at) {
        CaseClockPolicy.Change change = clocksOn(c, step);
        apply(c, change, at);
        return change;
    }

    /**
     * Stops, then starts, the clocks of a change at {@code at}; the dynamic contact clock is left to the caller.
     *
     * @return the last contact clock stopped, whose relaxation the next contact clock carries on
     */
    public Optional<ClockRecord> apply(EarlyHelpCase c, CaseClockPolicy.Change change, OffsetDateTime at) {
        Optional<ClockRecord> lastContact = stopClocks(c, change, at);
        startClocks(c, change, at);
        return lastContact;
    }

    /**
     * Stops the clocks a change stops, then, if it says so, every clock still running on the case.
     *
     * @return the last contact clock stopped, whose relaxation the next contact clock carries on
     */
    public Optional<ClockRecord> stopClocks(EarlyHelpCase c, CaseClockPolicy.Change change, OffsetDateTime at) {
        Optional<ClockRecord> lastContact = Optional.empty();
        for (String standard : change.stops()) {
            Optional<ClockRecord> stopped = stop(c, standard, at);
            if (stopped.isPresent() && CaseClockPolicy.CONTACT_CLOCKS.contains(standard)) {
                lastContact = stopped;
            }
        }
        if (change.stopsEveryClock()) {
            clocks.stopAll(SUBJECT, c.id().toString(), at);
        }
        return lastContact;
    }

    /** Starts the clocks a change starts, timed from {@code at}. */
    public void startClocks(EarlyHelpCase c, CaseClockPolicy.Change change, OffsetDateTime at) {
        for (String standard : change.starts()) {
            start(c, standard, at);
        }
    }

    /** Stops one of the case's clocks (met), if it is running. */
    public Optional<ClockRecord> stop(EarlyHelpCase c, String standard, OffsetDateTime at) {
        return clocks.stop(standard, SUBJECT, c.id().toString(), at);
    }

    /** Starts one of the case's clocks, timed from {@code at}, where the council uses its standard. */
    public Optional<ClockRecord> start(EarlyHelpCase c, String standard, OffsetDateTime at) {
        return clocks.start(standard, subject(c), at);
    }

    /** Gives the case's running clocks to its team and lead professional. */
    public void assignClocks(EarlyHelpCase c, String team, String worker) {
        clocks.assign(SUBJECT, c.id().toString(), team, worker);
    }
}
