package org.nottspartners.portal.core.calendar;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The County's quality standards from its operating guidance (002 §2a15, §3a9, §3b1, §3b6, §3d5, §3e3, §9d), as a
 * test fixture for the core's clock arithmetic. The running portal times each module's own standards (early help's
 * are in {@code early-help/quality-standards.csv}); this table is only the tests' worked example.
 */
final class CountySeed {

    static final String RESOURCE = "/calendar/county-quality-standards.csv";

    private CountySeed() {
    }

    static QualityStandardSettings settings() {
        InputStream in = CountySeed.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The County quality standards " + RESOURCE + " are missing from the test class path");
        }
        return QualityStandardSettings.fromCsv("county", new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    }
}
