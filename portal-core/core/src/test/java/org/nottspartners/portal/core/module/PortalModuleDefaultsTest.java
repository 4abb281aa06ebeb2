package org.nottspartners.portal.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.testing.TestRoles;

/** What a module's descriptor no longer has to write (issue 12): version, changelog, and page access as data. */
class PortalModuleDefaultsTest {

    /** A descriptor that writes only what it must, and optionally its pages. */
    private static PortalModule module(List<ModulePage> pages) {
        return new PortalModule() {
            @Override
            public String id() {
                return "demo-area";
            }

            @Override
            public String name() {
                return "Demo";
            }

            @Override
            public String description() {
                return "A demonstration";
            }

            @Override
            public Set<PortalRole> roles() {
                return Set.of(TestRoles.CASE_WORKER, PortalRole.SCHOOL_STAFF);
            }

            @Override
            public List<MenuEntry> menuEntries() {
                return List.of();
            }

            @Override
            public List<ModulePage> pages() {
                return pages;
            }
        };
    }

    @Test
    void theChangelogIsFoundByTheModulesIdAndTheVersionByItsBuild() {
        PortalModule m = module(List.of());
        assertThat(m.changelog()).isEqualTo("db/changelog/demo-area/changelog.xml");
        assertThat(m.version()).isEqualTo("development"); // run from classes, not from a built jar
        assertThat(m.settings()).isEmpty();
    }

    @Test
    void aModuleThatDeclaresNoPagesLetsEachOfItsRolesOpenEveryPage() {
        assertThat(module(List.of()).rolesFor("anything.xhtml")).containsExactlyInAnyOrder(TestRoles.CASE_WORKER,
                PortalRole.SCHOOL_STAFF);
    }

    @Test
    void aModuleThatDeclaresPagesLetsNoOneOpenAPageItLeftOut() {
        PortalModule m = module(List.of(new ModulePage("refer.xhtml", Set.of(PortalRole.SCHOOL_STAFF, TestRoles.CASE_WORKER)),
                new ModulePage("case.xhtml", Set.of(TestRoles.CASE_WORKER))));

        assertThat(m.rolesFor("refer.xhtml")).containsExactlyInAnyOrder(PortalRole.SCHOOL_STAFF, TestRoles.CASE_WORKER);
        assertThat(m.rolesFor("case.xhtml")).containsExactly(TestRoles.CASE_WORKER);
        assertThat(m.rolesFor("referral-notes.xhtml")).isEmpty(); // not a prefix match any more
        assertThat(m.rolesFor("case.xhtml.bak")).isEmpty();
    }

    @Test
    void aPageIsAFileNameNotAPath() {
        assertThatThrownBy(() -> new ModulePage("../admin/modules.xhtml", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ModulePage.each(Set.of(PortalRole.POLICE), "a.xhtml", "b.xhtml")).extracting(ModulePage::page)
                .containsExactly("a.xhtml", "b.xhtml");
    }
}
