package org.nottspartners.portal.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import static org.nottspartners.portal.core.testing.TestModules.module;

class ModuleGraphTest {

    @Test
    void putsEveryModuleAfterTheModulesItRequires() {
        var graph = ModuleGraph.of(List.of(
                module("troubled-families", "early-help", "attendance"),
                module("early-help"),
                module("attendance", "early-help")));

        assertThat(graph.inDependencyOrder()).extracting(PortalModule::id)
                .containsExactly("early-help", "attendance", "troubled-families");
    }

    @Test
    void refusesAModuleWhoseRequiredModuleIsNotDeployed() {
        assertThatThrownBy(() -> ModuleGraph.of(List.of(module("troubled-families", "early-help"))))
                .isInstanceOf(InvalidModuleSetException.class)
                .hasMessage("Module 'troubled-families' requires module 'early-help', which is not deployed");
    }

    @Test
    void refusesTwoModulesWithOneId() {
        assertThatThrownBy(() -> ModuleGraph.of(List.of(module("housing"), module("housing"))))
                .hasMessage("Two modules share the id 'housing'");
    }

    @Test
    void refusesModulesThatRequireEachOtherInACircle() {
        assertThatThrownBy(() -> ModuleGraph.of(List.of(module("a", "b"), module("b", "a"))))
                .hasMessageStartingWith("Modules require each other in a circle: a -> b -> a");
    }

    @Test
    void refusesIdsThatAreNotPlainLowerCaseWordsOrThatTheCoreUses() {
        assertThatThrownBy(() -> ModuleGraph.of(List.of(module("Early Help"))))
                .hasMessageContaining("lower-case words joined by hyphens");
        assertThatThrownBy(() -> ModuleGraph.of(List.of(module("menu"))))
                .hasMessageContaining("a word the core uses itself");
    }

    @Test
    void anEmptyPortalIsValid() {
        assertThat(ModuleGraph.of(List.of()).inDependencyOrder()).isEmpty();
    }
}
