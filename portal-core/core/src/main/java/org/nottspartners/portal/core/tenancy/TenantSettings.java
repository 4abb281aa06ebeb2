package org.nottspartners.portal.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.cache.CouncilCache;
import org.nottspartners.portal.core.calendar.DueRule;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.nottspartners.portal.core.settings.SettingSource;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * A council's settings, each a history of values with effective dates. Modules read the value in force
 * on a case's date; a council's administrator adds a value from a date (never rewriting the past).
 */
@ApplicationScoped
@Transactional
public class TenantSettings {

    /** Each quality standard's timescale is the setting {@code standard.<id>}, a due rule (see {@code QualityStandards}). */
    static final String STANDARD_PREFIX = "standard.";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Each council's settings, every value with its date, by key: read on most requests, so kept in memory. */
    private final CouncilCache<String, Map<String, List<SettingHistory.Entry>>> byCouncil = CouncilCache.named("settings");

    @Inject
    Instance<SettingSource> sources;

    /** Every setting the core and the deployed modules declare, by key. */
    public List<SettingDefinition> definitions() {
        return sources.stream().flatMap(s -> s.settings().stream())
                .sorted(java.util.Comparator.comparing(SettingDefinition::key)).toList();
    }

    /** The declaration of a setting, if the core or a module declares it. */
    public Optional<SettingDefinition> definition(String key) {
        return sources.stream().flatMap(s -> s.settings().stream()).filter(d -> d.key().equals(key)).findFirst();
    }

    /** A whole-number setting in force on a date: the council's value, or the setting's default. */
    public int number(SettingDefinition setting, LocalDate date) {
        String value = text(setting, date);
        return value.matches("\\d{1,8}") ? Integer.parseInt(value) : Integer.parseInt(setting.fallback());
    }

    /** A time-of-day setting in force on a date. */
    public java.time.LocalTime timeOfDay(SettingDefinition setting, LocalDate date) {
        String value = text(setting, date);
        return java.time.LocalTime.parse(setting.problem(value).isPresent() ? setting.fallback() : value);
    }

    /** A setting in force on a date, as text: the council's value, or the setting's default. */
    public String text(SettingDefinition setting, LocalDate date) {
        return valueOn(setting.key(), date).map(String::strip).orElse(setting.fallback());
    }

    /** A choice setting in force on a date, as the enum constant it names. */
    public <E extends Enum<E>> E choice(SettingDefinition setting, Class<E> type, LocalDate date) {
        String value = text(setting, date);
        return setting.choices().contains(value) ? Enum.valueOf(type, value) : Enum.valueOf(type, setting.fallback());
    }

    /** A {@code choices} setting in force on a date, as the set of enum constants it names (empty for none). */
    public <E extends Enum<E>> java.util.Set<E> choices(SettingDefinition setting, Class<E> type, LocalDate date) {
        String value = text(setting, date);
        if (setting.problem(value).isPresent()) {
            value = setting.fallback();
        }
        java.util.EnumSet<E> chosen = java.util.EnumSet.noneOf(type);
        if (!org.nottspartners.portal.core.settings.SettingKind.NONE.equals(value)) {
            java.util.Arrays.stream(value.split(",")).map(String::strip).forEach(v -> chosen.add(Enum.valueOf(type, v)));
        }
        return chosen;
    }

    /** The value of a setting in force on a date for the current council, if it has one. */
    public Optional<String> valueOn(String key, LocalDate date) {
        return SettingHistory.valueOn(entries(key), date);
    }

    /** Every value the current council has given the setting, with its date, oldest first. */
    public List<SettingHistory.Entry> entries(String key) {
        return byCouncil.get(tenant(), council -> em.createQuery(
                        "select s from TenantSetting s order by s.key, s.effectiveFrom", TenantSetting.class)
                .getResultList().stream()
                .collect(Collectors.groupingBy(TenantSetting::key, Collectors.mapping(TenantSetting::asEntry, Collectors.toUnmodifiableList()))))
                .getOrDefault(key, List.of());
    }

    /** Every value the current council has given the setting, oldest first. */
    public List<TenantSetting> history(String key) {
        return em.createQuery("select s from TenantSetting s where s.key = :k order by s.effectiveFrom",
                TenantSetting.class).setParameter("k", key).getResultList();
    }

    /** Every setting of the current council, by key then date. */
    public List<TenantSetting> all() {
        return em.createQuery("select s from TenantSetting s order by s.key, s.effectiveFrom", TenantSetting.class)
                .getResultList();
    }

    /**
     * Gives a setting a value from a date; the value before that date is unchanged. Refused for a setting no part
     * of the portal declares, and for a value of the wrong kind. Audited.
     */
    public TenantSetting set(String key, String value, LocalDate effectiveFrom) {
        if (!key.startsWith(STANDARD_PREFIX)) {
            SettingDefinition setting = definition(key).orElseThrow(() -> new RecordNotFoundException(
                    "There is no setting called '" + key + "'. The settings are listed at admin/setting-definitions."));
            setting.problem(value).ifPresent(problem -> {
                throw new InvalidInputException("value", problem);
            });
        } else {
            try {
                DueRule.parse(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("value", e.getMessage());
            }
        }
        // one value from each date: a second for the same date is refused in words, not left to the database (a 500)
        em.createQuery("select s from TenantSetting s where s.key = :k and s.effectiveFrom = :d", TenantSetting.class)
                .setParameter("k", key).setParameter("d", effectiveFrom).getResultStream().findFirst().ifPresent(existing -> {
                    throw new org.nottspartners.portal.core.problem.ActionRefusedException("A value from that date already",
                            key + " is already " + existing.value() + " from " + effectiveFrom + ": give the new value from"
                                    + " another date (the value before it is kept)");
                });
        TenantSetting setting = new TenantSetting(tenant(), key, effectiveFrom, value);
        em.persist(setting);
        em.flush();
        byCouncil.changed(tenant());
        AuditTrail.record(AuditAction.CONFIGURE, "setting", key, value + " from " + effectiveFrom);
        return setting;
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
