package org.nottspartners.portal.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.Contact;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.ContactType;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.Stage;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.Terms;

/** The County's enforcement-only pathway (RULES.md §4; 002 §3e4) and the Notice to Improve (RULES.md §4). */
class EnforcementPathwayTest {

    private static final LocalDate WARNED = LocalDate.of(2026, 11, 2);
    private static final Terms T = Terms.DEFAULT;

    private static List<String> fromWarning(List<Contact> contacts, LocalDate on) {
        return EnforcementPathway.refusals(Stage.FORMAL_WARNING, WARNED, null, Stage.COURT_ACTION, contacts, on, T);
    }

    @Test
    @DisplayName("§3e4: the stages run in order; a stage cannot be skipped, and a closed case goes nowhere")
    void stagesRunInOrder() {
        assertThat(EnforcementPathway.refusals(Stage.NOTICE_TO_ATTEND, WARNED, null, Stage.FORMAL_WARNING, List.of(),
                WARNED.plusWeeks(8), T)).containsExactly("Notice to Attend is followed by Review or Closed, not Formal Warning");
        assertThat(EnforcementPathway.refusals(Stage.CLOSED, WARNED, null, Stage.REVIEW, List.of(), WARNED, T))
                .containsExactly("The case is closed");
        assertThat(EnforcementPathway.next(Stage.COURT)).containsExactlyInAnyOrder(Stage.POST_COURT_MONITORING, Stage.CLOSED);
    }

    @Test
    @DisplayName("§3e4: Notice to Attend, then 4 weeks without contact before the review")
    void reviewAfterFourWeeks() {
        LocalDate nta = LocalDate.of(2026, 11, 30);
        assertThat(EnforcementPathway.refusals(Stage.NOTICE_TO_ATTEND, nta, null, Stage.REVIEW, List.of(), nta.plusDays(27), T))
                .containsExactly("Wait until 28 December 2026: the Notice to Attend's period without contact (4 weeks from"
                        + " 30 November 2026) has not ended");
        assertThat(EnforcementPathway.refusals(Stage.NOTICE_TO_ATTEND, nta, null, Stage.REVIEW, List.of(), nta.plusDays(28), T))
                .isEmpty();
    }

    @Test
    @DisplayName("§3e4: after a Formal Warning, 3 contacts in 4 weeks: a planned visit, an unannounced visit and a call")
    void threeContactsOfEachKindAfterTheWarning() {
        List<Contact> all = List.of(new Contact(WARNED.plusDays(3), ContactType.PLANNED_VISIT),
                new Contact(WARNED.plusDays(10), ContactType.UNANNOUNCED_VISIT), new Contact(WARNED.plusDays(20), ContactType.PHONE));
        assertThat(fromWarning(all, WARNED.plusWeeks(4))).isEmpty();
        // three contacts, but no unannounced visit
        List<Contact> noUnannounced = List.of(all.get(0), all.get(2), new Contact(WARNED.plusDays(12), ContactType.PHONE));
        assertThat(fromWarning(noUnannounced, WARNED.plusWeeks(4)))
                .containsExactly("No unannounced home visit recorded within 4 weeks of the Formal Warning");
        // a contact after the 4 weeks does not count towards them
        List<Contact> late = List.of(all.get(0), all.get(1), new Contact(WARNED.plusDays(29), ContactType.PHONE));
        assertThat(fromWarning(late, WARNED.plusDays(30))).containsExactly(
                "The Formal Warning is followed by at least 3 contacts within 4 weeks; 2 recorded",
                "No telephone call recorded within 4 weeks of the Formal Warning");
        // all contacts made, but the monitoring period has not ended
        assertThat(fromWarning(all, WARNED.plusDays(21))).singleElement().asString().startsWith("Wait until 30 November 2026");
    }

    @Test
    @DisplayName("§3e4: a Court Action Letter is followed by at least one more contact before court")
    void oneContactBeforeCourt() {
        LocalDate letter = LocalDate.of(2026, 11, 2);
        assertThat(EnforcementPathway.refusals(Stage.COURT_ACTION, letter, null, Stage.COURT, List.of(), letter.plusWeeks(4), T))
                .containsExactly("The Court Action Letter is followed by at least 1 contact within 4 weeks before court; 0 recorded");
        assertThat(EnforcementPathway.refusals(Stage.COURT_ACTION, letter, null, Stage.COURT,
                List.of(new Contact(letter.plusDays(5), ContactType.PHONE)), letter.plusDays(6), T)).isEmpty();
    }

    @Test
    @DisplayName("§4: a Notice to Improve gives 3 to 6 weeks and is not used for a holiday in term time")
    void noticeToImprove() {
        assertThat(EnforcementPathway.improveRefusals(4, false, T)).isEmpty();
        assertThat(EnforcementPathway.improveRefusals(2, false, T)).containsExactly("The improvement period is between 3 and 6 weeks");
        assertThat(EnforcementPathway.improveRefusals(7, false, T)).hasSize(1);
        assertThat(EnforcementPathway.improveRefusals(4, true, T))
                .containsExactly("A Notice to Improve is not used for a holiday in term time");
        LocalDate given = LocalDate.of(2026, 11, 2);
        assertThat(EnforcementPathway.refusals(Stage.NOTICE_TO_IMPROVE, given, 5, Stage.NOTICE_TO_ATTEND, List.of(),
                given.plusWeeks(4), T)).singleElement().asString().startsWith("Wait until 7 December 2026");
        assertThat(EnforcementPathway.periodEnds(Stage.NOTICE_TO_IMPROVE, given, 5, T)).contains(given.plusWeeks(5));
    }

    @Test
    @DisplayName("§3e4: any stage may be closed, with the reason recorded by the caller")
    void closeAtAnyStage() {
        for (Stage s : Stage.values()) {
            if (s != Stage.CLOSED) {
                assertThat(EnforcementPathway.refusals(s, WARNED, null, Stage.CLOSED, List.of(), WARNED, T)).as(s.name()).isEmpty();
            }
        }
    }
}
