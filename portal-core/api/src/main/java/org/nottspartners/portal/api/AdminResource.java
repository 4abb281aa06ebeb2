package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.audit.AuditLog;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantDirectory;
import org.nottspartners.portal.core.tenancy.TenantSettings;

/** A council administrator's controls: which modules the council uses, its settings, and who looked at a record. */
@Path("{tenant}/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
public class AdminResource {

    @Inject
    org.nottspartners.portal.core.time.Today today;


    @Inject
    TenantDirectory tenants;

    @Inject
    TenantContext tenant;

    @Inject
    AuditLog audit;

    @Inject
    TenantSettings settings;

    @Inject
    org.nottspartners.portal.core.audit.AuditSealer seals;

    /**
     * The council's audit trail checked against its chain of seals (issue 27): how many events are sealed, the first
     * broken link if one is (an event changed or deleted after it was sealed, even outside the portal), how many
     * events wait to be sealed (sealed a minute or so after they are recorded), and the last link, to keep elsewhere.
     */
    @GET
    @Path("audit-integrity")
    public AuditIntegrityView auditIntegrity() {
        var found = seals.check(tenant.tenantId());
        var broken = found.chain().firstBreak();
        return new AuditIntegrityView(found.chain().links(), found.chain().intact(),
                broken.map(b -> b.eventId()).orElse(null), broken.map(b -> b.what()).orElse(null), found.awaitingSeal(),
                found.chain().head());
    }

    /** A council's audit chain checked. */
    public record AuditIntegrityView(int sealedEvents, boolean intact, Long firstBrokenEventId, String whatBroke,
            long awaitingSeal, String lastLink) {
    }

    /** Every deployed module, and whether this council has it switched on. */
    @GET
    @Path("modules")
    public List<ModuleSwitchView> modules() {
        return tenants.moduleSwitches(tenant.tenantId()).stream()
                .map(s -> new ModuleSwitchView(s.module().id(), s.module().name(), s.enabled(),
                        List.copyOf(s.module().requiredModules())))
                .toList();
    }

    /** Switches a module on or off for this council, at once; audited. */
    @PUT
    @Path("modules/{module}")
    public ModuleSwitchView switchModule(@PathParam("module") String moduleId, ModuleSwitchForm form) {
        if (form == null || form.enabled() == null) {
            throw new InvalidInputException("enabled", "Say whether the module should be on (true) or off (false)");
        }
        tenants.switchModule(moduleId, form.enabled());
        return modules().stream().filter(m -> m.id().equals(moduleId)).findFirst().orElseThrow();
    }

    /** Every setting of this council with the dates its values took effect. */
    @GET
    @Path("settings")
    public List<SettingView> settings() {
        return settings.all().stream().map(s -> new SettingView(s.key(), s.effectiveFrom(), s.value())).toList();
    }

    /**
     * Every setting the portal declares for this council: what it takes, its default, what it means, the rule it
     * comes from, and the value in force today.
     */
    @GET
    @Path("setting-definitions")
    public List<SettingDefinitionView> settingDefinitions() {
        LocalDate on = today.date();
        return settings.definitions().stream().map(d -> new SettingDefinitionView(d.key(), d.kind().name(), d.choices(),
                d.fallback(), d.meaning(), d.rule(), settings.text(d, on))).toList();
    }

    /** A declared setting as the administrator reads it. */
    public record SettingDefinitionView(String key, String kind, List<String> choices, String fallback, String meaning,
            String rule, String valueToday) {
    }

    /** The value of a setting in force on a date (today when no date is given). */
    @GET
    @Path("settings/{key}")
    public SettingView setting(@PathParam("key") String key, @QueryParam("on") String on) {
        LocalDate date;
        try {
            date = on == null || on.isBlank() ? today.date() : LocalDate.parse(on);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("on", "Give the date as year-month-day, like 2025-04-01");
        }
        String value = settings.valueOn(key, date).orElseThrow(() ->
                new RecordNotFoundException("This council has no value for '" + key + "' on " + date + "."));
        return new SettingView(key, date, value);
    }

    /** Gives a setting a value from a date; values before that date stay as they were. Audited. */
    @PUT
    @Path("settings/{key}")
    public SettingView changeSetting(@PathParam("key") String key, SettingForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!key.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            errors.add(new Problem.FieldError("key",
                    "A setting's name is lower-case words joined by dots or hyphens, like early-help.screening-days"));
        }
        if (form == null || form.value == null || form.value.isBlank()) {
            errors.add(new Problem.FieldError("value", "Enter the new value"));
        } else if (form.value.length() > 500) {
            errors.add(new Problem.FieldError("value", "A setting's value must be 500 characters or fewer"));
        }
        if (form == null || form.effectiveFrom == null) {
            errors.add(new Problem.FieldError("effectiveFrom",
                    "Enter the date the value takes effect"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var s = settings.set(key, form.value.strip(), form.effectiveFrom);
        return new SettingView(s.key(), s.effectiveFrom(), s.value());
    }

    /** A setting's value from a date. */
    public record SettingView(String key, LocalDate effectiveFrom, String value) {
    }

    /** A new value and the date it takes effect. */
    public static class SettingForm {
        public String value;
        public LocalDate effectiveFrom;
    }

    /** Who read or changed a record of this council, newest first. */
    @GET
    @Path("audit")
    public List<AuditEventView> audit(@QueryParam("type") String type, @QueryParam("id") String id,
            @QueryParam("max") @DefaultValue("100") int max) {
        QueryChecks.present("type", type, "Say which kind of record (type)");
        QueryChecks.present("id", id, "Say which record (id)");
        QueryChecks.between("max", max, 1, 1000, "Ask for between 1 and 1000 events");
        return audit.forRecord(type, id, max).stream()
                .map(e -> new AuditEventView(e.occurredAt(), e.userId(), e.userName(), e.organisation(),
                        e.action().name(), e.recordType(), e.recordId(), e.reason(), e.source()))
                .toList();
    }

    /** A module and whether the council has it on. */
    public record ModuleSwitchView(String id, String name, boolean enabled, List<String> requiredModules) {
    }

    /** The administrator's choice. */
    public record ModuleSwitchForm(Boolean enabled) {
    }

    /** One audit event as an administrator reads it. */
    public record AuditEventView(OffsetDateTime occurredAt, String userId, String userName, String organisation,
            String action, String recordType, String recordId, String reason, String source) {
    }
}
