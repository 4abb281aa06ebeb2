package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.DueRule;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each council's operating model is its data (issue 23; RULES.md §3 "City model"), read here from the changesets the
 * portal ships: no rule cited to County's guidance (002) runs in the City unless the City's own data chose it, and the
 * City's own rules cite its Family Support Pathway (001). County keeps the documented defaults.
 */
class CouncilOperatingModelTest {

    /** The County rules the City's data chooses to keep: none today. Adding one here is a decision to cite. */
    private static final Set<String> COUNTY_RULES_THE_CITY_CHOSE = Set.of();

    private static final Map<String, Map<String, String>> SHIPPED = new HashMap<>();

    @BeforeAll
    static void readTheShippedSettings() throws Exception {
        try (InputStream in = CouncilOperatingModelTest.class.getResourceAsStream("/db/changelog/early-help/changelog.xml")) {
            NodeList inserts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("insert");
            for (int i = 0; i < inserts.getLength(); i++) {
                Element insert = (Element) inserts.item(i);
                if (!"core_tenant_setting".equals(insert.getAttribute("tableName"))) {
                    continue;
                }
                Map<String, String> columns = new HashMap<>();
                NodeList cs = insert.getElementsByTagName("column");
                for (int j = 0; j < cs.getLength(); j++) {
                    Element c = (Element) cs.item(j);
                    columns.put(c.getAttribute("name"), c.getAttribute("value"));
                }
                SHIPPED.computeIfAbsent(columns.get("for_tenant"), t -> new HashMap<>())
                        .put(columns.get("setting_key"), columns.get("setting_value"));
            }
        }
    }

    private static String city(String key) {
        return SHIPPED.getOrDefault("city", Map.of()).get(key);
    }

    private static DueRule cityRule(QualityStandard s) {
        String value = city("standard." + s.id());
        return value == null ? s.dueRule() : DueRule.parse(value);
    }

    @Test
    @DisplayName("No quality standard cited to 002 starts a clock on a City case unless the City's data chose it")
    void noCountyStandardRunsInTheCity() {
        assertThat(EarlyHelpStandards.ALL).filteredOn(s -> s.source().contains("002"))
                .filteredOn(s -> !COUNTY_RULES_THE_CITY_CHOSE.contains(s.id()))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(cityRule(s).inUse()).as(s.id() + " (" + s.source() + ") in the City").isFalse());
    }

    @Test
    @DisplayName("001 L1808-1830: the standards the City works to are its own, cited to 001: feedback in 24 hours, resolved in 48"
            + " or 24 where the risk is high")
    void theCitysStandardsAreItsOwn() {
        assertThat(EarlyHelpStandards.ALL).filteredOn(s -> cityRule(s).inUse())
                .allSatisfy(s -> assertThat(s.source()).as(s.id()).contains("001").doesNotContain("002"))
                .extracting(QualityStandard::id)
                .containsExactlyInAnyOrder("eh-disagreement-feedback", "eh-disagreement-resolution",
                        "eh-disagreement-resolution-high-risk");
        assertThat(city("standard.eh-disagreement-feedback")).isEqualTo("24 hours");
        assertThat(city("standard.eh-disagreement-resolution")).isEqualTo("48 hours");
        assertThat(city("standard.eh-disagreement-resolution-high-risk")).isEqualTo("24 hours");
    }

    @Test
    @DisplayName("A new council starts from County's documented defaults: every 002 standard in use, none of 001's")
    void theDefaultsAreCountys() {
        assertThat(EarlyHelpStandards.ALL).allSatisfy(s -> assertThat(s.dueRule().inUse())
                .as(s.id() + " by default").isEqualTo(s.source().contains("002")));
        assertThat(SHIPPED.getOrDefault("county", Map.of()).keySet()).as("County runs on the defaults")
                .noneMatch(k -> k.startsWith("standard.") || k.equals("early-help.case-holding"));
    }

    @Test
    @DisplayName("001 L1146-1173, L1617-1626, L1808-1830, L2086-2090: the City's operating model, as data")
    void theCitysOperatingModel() {
        assertThat(city("early-help.case-holding")).isEqualTo(CaseHolding.ANY_PRACTITIONER.name());
        assertThat(city("early-help.interventions")).as("County's commissioned teams, 002 §4-7").isEqualTo("none");
        assertThat(city("early-help.programme-status-at-closure")).isEqualTo(ProgrammeStatusAtClosure.NOT_ASKED.name());
        assertThat(city("early-help.closure-outcomes")).contains("NEEDS_MET", "STEPPED_UP", "OTHER")
                .doesNotContain("FULLY_RESOLVED", "PARTIALLY_RESOLVED", "NOT_RESOLVED");
        assertThat(DisputeLadder.steps(city("early-help.dispute-ladder"))).hasSize(6)
                .startsWith("Screening/Duty worker", "Screening/Duty Manager").endsWith("Director of Safeguarding Services");
        assertThat(city("early-help.routes")).doesNotContain("SECTION_136", "UNAUTHORISED_ENCAMPMENT");
    }

    @Test
    @DisplayName("Every shipped value is one its setting accepts")
    void everyShippedValueIsValid() {
        SHIPPED.forEach((council, values) -> values.forEach((key, value) -> {
            if (key.startsWith("standard.")) {
                DueRule.parse(value);
            } else {
                SettingDefinition d = EarlyHelpSettings.ALL.stream().filter(s -> s.key().equals(key)).findFirst()
                        .orElseThrow(() -> new AssertionError(council + " ships an unknown setting " + key));
                assertThat(d.problem(value)).as(council + " " + key).isEmpty();
            }
        }));
    }
}
