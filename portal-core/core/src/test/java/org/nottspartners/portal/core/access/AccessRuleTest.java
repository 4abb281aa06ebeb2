package org.nottspartners.portal.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.testing.TestRoles;

class AccessRuleTest {

    @AllowedFor({"case-worker", "team-manager"})
    static class Cases {
        public void list() {
        }

        @AllowedFor("team-manager")
        public void export() {
        }

        @AllowedForSignedIn
        public void profile() {
        }
    }

    static class Undeclared {
        public void open() {
        }
    }

    /** A CDI proxy subclasses the resource; the rule on the resource class still applies. */
    static class CasesProxy extends Cases {
    }

    @Test
    void theMethodsRuleWinsOverTheClassesRule() throws Exception {
        AccessRule export = AccessRule.declaredOn(Cases.class.getMethod("export"), Cases.class).orElseThrow();

        assertThat(export.allows(Set.of(TestRoles.TEAM_MANAGER))).isTrue();
        assertThat(export.allows(Set.of(TestRoles.CASE_WORKER))).isFalse();
    }

    @Test
    void theClassesRuleAppliesToMethodsWithoutOneAndThroughProxies() throws Exception {
        AccessRule list = AccessRule.declaredOn(Cases.class.getMethod("list"), CasesProxy.class).orElseThrow();

        assertThat(list.allows(Set.of(TestRoles.CASE_WORKER))).isTrue();
        assertThat(list.allows(Set.of(PortalRole.POLICE))).isFalse();
        assertThat(list.allows(Set.of())).isFalse();
        assertThat(list.needsCouncil()).isTrue();
    }

    @Test
    void signedInNeedsNoCouncilRole() throws Exception {
        AccessRule profile = AccessRule.declaredOn(Cases.class.getMethod("profile"), Cases.class).orElseThrow();

        assertThat(profile.needsCouncil()).isFalse();
        assertThat(profile.allows(Set.of())).isTrue();
    }

    @Test
    void anEndpointThatDeclaresNothingHasNoRule() throws Exception {
        assertThat(AccessRule.declaredOn(Undeclared.class.getMethod("open"), Undeclared.class)).isEmpty();
    }
}
