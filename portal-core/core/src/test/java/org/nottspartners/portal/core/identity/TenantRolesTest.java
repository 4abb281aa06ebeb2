package org.nottspartners.portal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.testing.TestRoles;

/** RULES.md §1: partner organisations serving both councils have users holding roles in both. */
class TenantRolesTest {

    @Test
    void aPartnerUserHoldsDifferentRolesInEachCouncil() {
        var roles = TenantRoles.fromGroups(List.of("city:police", "county:police", "county:youth-justice"), TestRoles.CATALOGUE);

        assertThat(roles.tenants()).containsExactly("city", "county");
        assertThat(roles.rolesIn("city")).containsExactly(PortalRole.POLICE);
        assertThat(roles.rolesIn("county")).containsExactlyInAnyOrder(PortalRole.POLICE, PortalRole.YOUTH_JUSTICE);
        assertThat(roles.has("city", PortalRole.YOUTH_JUSTICE)).isFalse();
    }

    @Test
    void unqualifiedUnknownAndMalformedGroupsGrantNothing() {
        var roles = TenantRoles.fromGroups(Arrays.asList("offline_access", "default-roles-portal", "case-worker",
                "city:wizard", "City:case-worker", ":case-worker", "city:", null, "city:case-worker:extra"), TestRoles.CATALOGUE);

        assertThat(roles.tenants()).isEmpty();
        assertThat(roles.rolesIn("city")).isEmpty();
    }

    @Test
    void aMemberOfThePublicIsNoMemberOfAnyCouncil() {
        var roles = TenantRoles.fromGroups(List.of("public-applicant", "offline_access"), TestRoles.CATALOGUE);

        assertThat(roles.isPublicApplicant()).isTrue();
        assertThat(roles.tenants()).isEmpty();
        assertThat(TenantRoles.fromGroups(List.of("city:case-worker"), TestRoles.CATALOGUE).isPublicApplicant()).isFalse();
    }

    @Test
    void aRoleNoModuleDeclaresGrantsNothing() {
        var roles = TenantRoles.fromGroups(List.of("city:licensing-officer", "city:police"), TestRoles.CATALOGUE);
        assertThat(roles.rolesIn("city")).as("licensing is not deployed in this catalogue").containsExactly(PortalRole.POLICE);
        assertThat(RoleCatalogue.of(List.of(TestRoles.CASE_WORKER)).find("case-worker")).contains(TestRoles.CASE_WORKER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoleCatalogue.of(List.of(TestRoles.CASE_WORKER,
                PortalRole.declare("case-worker", "Case worker", PortalRole.Kind.PARTNER))))
                .hasMessageContaining("declared twice, differently");
    }

    @Test
    void noClaimMeansNoCouncil() {
        assertThat(TenantRoles.fromGroups(null, TestRoles.CATALOGUE).tenants()).isEmpty();
    }

    @Test
    void everyRoleRoundTripsThroughItsTokenName() {
        for (PortalRole role : TestRoles.CATALOGUE.all()) {
            assertThat(TenantRoles.fromGroups(List.of("county:" + role.tokenName()), TestRoles.CATALOGUE).rolesIn("county"))
                    .containsExactly(role);
        }
    }
}
