package org.nottspartners.portal.core.module;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.person.PersonReference;
import org.nottspartners.portal.core.settings.SettingSource;

/**
 * The descriptor of a service area (early help, attendance, licensing...). Each module provides
 * exactly one CDI bean implementing this interface; the core discovers them at start-up and never
 * names a module itself.
 */
public interface PortalModule extends SettingSource {

    /** Stable identifier, lower-case with hyphens, used in URLs and settings: {@code early-help}. */
    String id();

    /** The name a council user reads: "Early Help". */
    String name();

    /** One sentence saying what the service area is for. */
    String description();

    /** The module's version, from its build (the jar's manifest); "development" when run from classes. */
    default String version() {
        return java.util.Optional.ofNullable(getClass().getPackage().getImplementationVersion()).orElse("development");
    }

    /** Identifiers of the modules this one cannot work without. */
    default Set<String> requiredModules() {
        return Set.of();
    }

    /** Classpath location of the module's Liquibase changelog: by default {@code db/changelog/<id>/changelog.xml}. */
    default String changelog() {
        return "db/changelog/" + id() + "/changelog.xml";
    }

    /** The roles that may use this module at all; a user with none of them in a council does not see it there. */
    Set<PortalRole> roles();

    /**
     * The roles this module owns (its staff), with their kind and grants ({@link PortalRole#declare}); core owns the
     * partner agencies', the administrators', the performance team's and the public's. A role no deployed module
     * declares grants nothing.
     */
    default List<PortalRole> declaredRoles() {
        return List.of();
    }

    /**
     * Who may open each of the module's pages, as data. A module that declares none lets every role of the
     * module open every page; a module that declares some lets no one open a page it leaves out.
     */
    default List<ModulePage> pages() {
        return List.of();
    }

    /**
     * The roles that may open one of the module's pages ({@code case.xhtml}), read from {@link #pages()}. The
     * core's page filter asks this before any page of the module is shown.
     */
    default Set<PortalRole> rolesFor(String page) {
        if (pages().isEmpty()) {
            return roles();
        }
        return pages().stream().filter(p -> p.page().equals(page)).findFirst().map(ModulePage::roles).orElse(Set.of());
    }

    /** Entries for the portal's menu, each shown to the roles it names. */
    List<MenuEntry> menuEntries();

    /**
     * The JAX-RS resource class answering {@code /api/{tenant}/{module-id}/...}; the core reaches it
     * through one sub-resource locator, after checking the tenant and that the module is switched on.
     */
    default Optional<Class<?>> apiResource() {
        return Optional.empty();
    }

    /**
     * Where the module's records name a person, so that merging two records of one person re-points
     * them too (and undoing the merge puts them back).
     */
    default List<PersonReference> personReferences() {
        return List.of();
    }

    /**
     * The quality standards the module times (RULES.md §8): each with its default timescale, which a
     * council may change from a date (see {@code StandardClocks}).
     */
    default List<QualityStandard> qualityStandards() {
        return List.of();
    }

    /** The module's sections on the family page. */
    default List<FamilyRecordSection> familyRecordSections() {
        return List.of();
    }

    /**
     * What the module lets a user do with a person a search found, offered on the find page beside each match
     * (a partner refers a child whose record they may not open).
     */
    default List<PersonAction> foundPersonActions() {
        return List.of();
    }
}
