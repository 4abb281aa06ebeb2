package org.nottspartners.portal.core.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.nottspartners.portal.core.settings.SettingSource;

/** The directory's settings, per council with effective dates like every other. */
@ApplicationScoped
public class DirectorySettings implements SettingSource {

    /** How long an entry stays "checked" (issue 19: "checked in the last 12 months"). */
    public static final SettingDefinition REVIEW_MONTHS = SettingDefinition.number("directory.review-months", 12,
            "Months after which a directory entry is due to be checked again",
            "Issue 19 (review dates: checked in the last 12 months)");

    @Override
    public List<SettingDefinition> settings() {
        return List.of(REVIEW_MONTHS);
    }
}
