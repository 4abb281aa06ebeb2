package org.nottspartners.portal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES.md §1: partner organisations serving both councils have users holding roles in both. */
class TenantRolesTest {

    @Test
    void aPartnerUserHoldsDifferentRolesInEachCouncil() {
        var roles = TenantRoles.fromGroups(List.of("city:police", "county:police", "county:youth-justice"));

        assertThat(roles.tenants()).containsExactly("city", "county");
        assertThat(roles.rolesIn("city")).containsExactly(PortalRole.POLICE);
        assertThat(roles.rolesIn("county")).containsExactlyInAnyOrder(PortalRole.POLICE, PortalRole.YOUTH_JUSTICE);
        assertThat(roles.has("city", PortalRole.YOUTH_JUSTICE)).isFalse();
    }

    @Test
    void unqualifiedUnknownAndMalformedGroupsGrantNothing() {
        var roles = TenantRoles.fromGroups(Arrays.asList("offline_access", "default-roles-portal", "case-worker",
                "city:wizard", "City:case-worker", ":case-worker", "city:", null, "city:case-worker:extra"));

        assertThat(roles.tenants()).isEmpty();
        assertThat(roles.rolesIn("city")).isEmpty();
    }

    @Test
    void aMemberOfThePublicIsNoMemberOfAnyCouncil() {
        var roles = TenantRoles.fromGroups(List.of("public-applicant", "offline_access"));

        assertThat(roles.isPublicApplicant()).isTrue();
        assertThat(roles.tenants()).isEmpty();
        assertThat(TenantRoles.fromGroups(List.of("city:case-worker")).isPublicApplicant()).isFalse();
    }

    @Test
    void noClaimMeansNoCouncil() {
        assertThat(TenantRoles.fromGroups(null).tenants()).isEmpty();
    }

    @Test
    void everyRoleRoundTripsThroughItsTokenName() {
        for (PortalRole role : PortalRole.values()) {
            assertThat(TenantRoles.fromGroups(List.of("county:" + role.tokenName())).rolesIn("county"))
                    .containsExactly(role);
        }
    }
}
