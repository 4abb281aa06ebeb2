package org.nottspartners.portal.earlyhelp.threshold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;

/** The current council's threshold framework (as in force on a date) and its early help teams. */
@ApplicationScoped
@Transactional
public class EarlyHelpSetup {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Each level of the council's framework in force on {@code date}: the latest version of each code. */
    public List<ThresholdLevel> levelsOn(LocalDate date) {
        Map<String, ThresholdLevel> latest = new LinkedHashMap<>();
        em.createQuery("select l from ThresholdLevel l where l.effectiveFrom <= :d order by l.effectiveFrom", ThresholdLevel.class)
                .setParameter("d", date).getResultList()
                .forEach(l -> latest.put(l.code(), l)); // the latest version of each level wins
        return latest.values().stream().sorted(java.util.Comparator.comparingInt(ThresholdLevel::sortOrder)).toList();
    }

    /** The names of the council's early help levels in force on {@code date}, lowest first. */
    public List<String> earlyHelpLevelNames(LocalDate date) {
        return levelsOn(date).stream().filter(ThresholdLevel::earlyHelp).map(ThresholdLevel::name).toList();
    }

    public Optional<ThresholdLevel> level(String code, LocalDate date) {
        return levelsOn(date).stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Every version of every level of the council's framework, by level then date: for its administrators. */
    public List<ThresholdLevel> allVersions() {
        return em.createQuery("select l from ThresholdLevel l order by l.sortOrder, l.code, l.effectiveFrom", ThresholdLevel.class)
                .getResultList();
    }

    /**
     * A new version of a level (or a new level) of the council's framework, in force from a date: today or
     * later, so that what referrals and decisions already recorded meant is never rewritten. Audited.
     */
    public ThresholdLevel addVersion(String code, String name, String description, String band, Boolean earlyHelp,
            Integer sortOrder, LocalDate effectiveFrom, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Z0-9_]{1,40}")) {
            errors.add(new Problem.FieldError("code", "Give the level's code in capitals, digits and underscores, like P2P_L3"));
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            errors.add(new Problem.FieldError("name", "Name the level, in 100 characters or fewer"));
        }
        if (description == null || description.isBlank() || description.strip().length() > 500) {
            errors.add(new Problem.FieldError("description", "Describe the level, in 500 characters or fewer"));
        }
        if (band == null || band.isBlank() || band.strip().length() > 100) {
            errors.add(new Problem.FieldError("band", "Give the band the level belongs to, in 100 characters or fewer"));
        }
        if (earlyHelp == null) {
            errors.add(new Problem.FieldError("earlyHelp", "Say whether early help works this level: true or false"));
        }
        if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
            errors.add(new Problem.FieldError("effectiveFrom", "Give the date the version comes into force: today or later"));
        }
        List<ThresholdLevel> all = allVersions();
        if (errors.isEmpty() && all.stream().anyMatch(l -> l.code().equals(code.strip()) && l.effectiveFrom().equals(effectiveFrom))) {
            errors.add(new Problem.FieldError("effectiveFrom", "Level " + code.strip() + " already has a version from " + effectiveFrom));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<ThresholdLevel> earlier = all.stream().filter(l -> l.code().equals(code.strip())).reduce((a, b) -> b);
        String framework = all.isEmpty() ? "COUNCIL" : all.get(0).framework();
        int order = sortOrder != null ? sortOrder
                : earlier.map(ThresholdLevel::sortOrder).orElse(all.stream().mapToInt(ThresholdLevel::sortOrder).max().orElse(0) + 1);
        ThresholdLevel level = new ThresholdLevel(tenant(), framework, code.strip(), name.strip(), description.strip(), band.strip(),
                earlyHelp, order, effectiveFrom);
        em.persist(level);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException clash) {
            throw new ActionRefusedException("Level " + code.strip() + " was given a version from " + effectiveFrom
                    + " by someone else just now: nothing was saved");
        }
        AuditTrail.record(AuditAction.CONFIGURE, "threshold-level", level.id().toString(),
                code.strip() + " from " + effectiveFrom + ": " + name.strip());
        return level;
    }

    public List<Team> teams() {
        return em.createQuery("select t from Team t order by t.kind, t.name", Team.class).getResultList();
    }

    /**
     * Records how families and referrers reach a team (the letters give it, issue 22), from the version the
     * administrator read; audited as a change of the council's configuration.
     */
    @Transactional
    public Team changeTeamContact(String code, String contact, long expectedVersion) {
        Team team = team(code).orElseThrow(() -> new RecordNotFoundException(
                "This council has no early help team " + code));
        if (contact != null && contact.strip().length() > 200) {
            throw new InvalidInputException("contact",
                    "Give the team's contact in 200 characters or fewer");
        }
        if (team.version() != expectedVersion) {
            throw new StaleRecordException("early-help-team", code, expectedVersion,
                    team.version());
        }
        team.changeContact(contact);
        em.flush();
        AuditTrail.record(AuditAction.UPDATE,
                "early-help-team", code, "contact: " + team.contact().orElse("(none)"));
        return team;
    }

    public Optional<Team> team(String code) {
        return teams().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** A team by its name, not its code (issue 14); the code itself for a team the council no longer has. */
    public String teamName(String code) {
        return code == null ? "" : team(code).map(Team::name).orElse(code);
    }

    /**
     * A level as the council's framework names it on a date ("Level 3 (Early help case management)"), not its code
     * (issues 14 and 22): for the pages and the letters alike.
     */
    public String levelName(String code, LocalDate date) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return level(code, date).map(l -> l.band() == null || l.band().isBlank() || l.band().equals(l.name())
                ? l.name() : l.name() + " (" + l.band() + ")").orElse(code);
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
