package org.nottspartners.portal.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.testing.TestRoles;

/** RULES.md §2 "Who may see what": what a partner's search shows of a person whose record they may not open. */
class PersonRecordAccessTest {

    @Test
    void thePostcodeIsCutToItsDistrict() {
        assertThat(PersonRecordAccess.minimalPostcode("NG5 1AA")).isEqualTo("NG5");
        assertThat(PersonRecordAccess.minimalPostcode("ng17 7ab")).isEqualTo("NG17");
        assertThat(PersonRecordAccess.minimalPostcode("NG11AA")).as("written without its space").isEqualTo("NG1");
        assertThat(PersonRecordAccess.minimalPostcode(" ")).isNull();
        assertThat(PersonRecordAccess.minimalPostcode(null)).isNull();
    }

    @Test
    void theBirthIsCutToItsMonthAndYear() {
        assertThat(PersonRecordAccess.bornIn(LocalDate.of(2014, 5, 6), null)).isEqualTo("2014-05");
        assertThat(PersonRecordAccess.bornIn(null, LocalDate.of(2027, 1, 30))).as("an unborn child: the month due").isEqualTo("2027-01");
        assertThat(PersonRecordAccess.bornIn(null, null)).isNull();
        assertThat(PersonRecordAccess.bornInWords(LocalDate.of(2014, 5, 6), null)).isEqualTo("May 2014");
    }

    @Test
    void councilStaffOpenEveryRecordPartnersOnlyTheirOwn() {
        assertThat(PersonRecordAccess.seesEveryRecord(Set.of(TestRoles.CASE_WORKER))).isTrue();
        assertThat(PersonRecordAccess.seesEveryRecord(Set.of(TestRoles.ATTENDANCE_OFFICER))).isTrue();
        for (PortalRole partner : PortalRole.PARTNERS) {
            assertThat(PersonRecordAccess.seesEveryRecord(Set.of(partner))).as(partner.label()).isFalse();
        }
        assertThat(PersonRecordAccess.seesEveryRecord(Set.of(PortalRole.SCHOOL_STAFF, TestRoles.TEAM_MANAGER)))
                .as("a partner who is also council staff").isTrue();
    }
}
