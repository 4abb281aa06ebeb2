package org.nottspartners.portal.core.module;

/** A module as the REST API shows it for one council. */
public record ModuleStatusView(String id, String name, String description, String version, String tenant) {

    public static ModuleStatusView of(PortalModule module, String tenant) {
        return new ModuleStatusView(module.id(), module.name(), module.description(), module.version(), tenant);
    }
}
