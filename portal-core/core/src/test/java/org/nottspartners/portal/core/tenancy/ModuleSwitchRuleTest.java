package org.nottspartners.portal.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nottspartners.portal.core.testing.TestModules.module;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.module.PortalModule;

/** RULES.md §1: modules are enabled per council; required modules (from the descriptor) are enforced. */
class ModuleSwitchRuleTest {

    private final PortalModule earlyHelp = module("early-help");
    private final PortalModule troubledFamilies = module("troubled-families", "early-help");
    private final Function<String, String> names = id -> id.equals("early-help") ? "Early Help" : id;

    @Test
    void aModuleCannotBeSwitchedOnWithoutTheModulesItRequires() {
        assertThat(ModuleSwitchRule.refusal(troubledFamilies, true, List.of(), names))
                .contains("troubled-families needs Early Help switched on first.");
        assertThat(ModuleSwitchRule.refusal(troubledFamilies, true, List.of(earlyHelp), names)).isEmpty();
    }

    @Test
    void aModuleCannotBeSwitchedOffWhileASwitchedOnModuleNeedsIt() {
        assertThat(ModuleSwitchRule.refusal(earlyHelp, false, List.of(earlyHelp, troubledFamilies), names))
                .contains("early-help cannot be switched off while troubled-families is switched on, because it needs it.");
        assertThat(ModuleSwitchRule.refusal(earlyHelp, false, List.of(earlyHelp), names)).isEmpty();
    }

    @Test
    void switchingAModuleWithNoDependenciesIsAlwaysAllowed() {
        assertThat(ModuleSwitchRule.refusal(earlyHelp, true, List.of(), names)).isEmpty();
        assertThat(ModuleSwitchRule.refusal(troubledFamilies, false, List.of(earlyHelp, troubledFamilies), names)).isEmpty();
    }
}
