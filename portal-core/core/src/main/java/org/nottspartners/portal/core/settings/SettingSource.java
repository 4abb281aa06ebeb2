package org.nottspartners.portal.core.settings;

import java.util.List;

/**
 * Something that declares the council settings it reads: every module's descriptor, and the core's own parts.
 * The settings store knows a setting only if a source declares it.
 */
public interface SettingSource {

    /** The settings read here, each with its default and meaning. */
    default List<SettingDefinition> settings() {
        return List.of();
    }
}
