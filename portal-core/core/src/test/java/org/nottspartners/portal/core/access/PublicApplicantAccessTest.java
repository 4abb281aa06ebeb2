package org.nottspartners.portal.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.TenantRoles;
import org.nottspartners.portal.core.testing.TestRoles;

/**
 * Issue 16 (RULES.md §2: members of the public see their own applications only): a member of the public is a caller with
 * the public role and no council role; they reach only what names their role, never an any-role rule; staff who also hold
 * the public role stay staff.
 */
class PublicApplicantAccessTest {

    @Test
    void aMemberOfThePublicHoldsTheRoleAndNoCouncilRole() {
        assertThat(TenantRoles.fromGroups(List.of("public-applicant", "offline_access"), TestRoles.CATALOGUE).isMemberOfPublic()).isTrue();
        // a member of staff whose account also got the realm's default public role is staff, not the public
        assertThat(TenantRoles.fromGroups(List.of("public-applicant", "city:police"), TestRoles.CATALOGUE).isMemberOfPublic()).isFalse();
        assertThat(TenantRoles.fromGroups(List.of("city:police"), TestRoles.CATALOGUE).isMemberOfPublic()).isFalse();
    }

    @Test
    void onlyARuleNamingThePublicRoleLetsThePublicIn() {
        AccessRule names = new AccessRule.Roles(Set.of("licensing-officer", PortalRole.Names.PUBLIC_APPLICANT), Set.of());
        AccessRule staffOnly = new AccessRule.Roles(Set.of("licensing-officer"), Set.of(PortalRole.Kind.PARTNER));
        assertThat(names.namesPublicApplicant()).isTrue();
        assertThat(staffOnly.namesPublicApplicant()).isFalse();
        assertThat(new AccessRule.AnyRole().namesPublicApplicant()).isFalse();
        // "any role in the council" is any staff role: the public's role is none
        assertThat(new AccessRule.AnyRole().allows(Set.of(PortalRole.PUBLIC_APPLICANT))).isFalse();
        assertThat(new AccessRule.AnyRole().allows(Set.of(PortalRole.POLICE))).isTrue();
    }
}
