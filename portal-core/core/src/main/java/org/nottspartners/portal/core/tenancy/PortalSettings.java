package org.nottspartners.portal.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.nottspartners.portal.core.settings.SettingSource;

/** The settings of the portal as a whole, per council. */
@ApplicationScoped
public class PortalSettings implements SettingSource {

    /**
     * A notice shown at the top of every page in the council (issue 14: demo data is marked as such on every page);
     * empty for none.
     */
    public static final SettingDefinition NOTICE = SettingDefinition.text("portal.demo-notice", "none",
            "A notice at the top of every page in this council, such as that its data is generated for trying the portal;"
                    + " 'none' for none",
            "Issue 14 (demo data clearly marked)");

    @Override
    public List<SettingDefinition> settings() {
        return List.of(NOTICE);
    }
}
