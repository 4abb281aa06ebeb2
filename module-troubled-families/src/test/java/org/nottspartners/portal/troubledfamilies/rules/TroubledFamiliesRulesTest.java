package org.nottspartners.portal.troubledfamilies.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.troubledfamilies.rules.ClaimRules.Decision;
import org.nottspartners.portal.troubledfamilies.rules.ClaimRules.Facts;
import org.nottspartners.portal.troubledfamilies.rules.ClaimRules.Need;
import org.nottspartners.portal.troubledfamilies.rules.ClaimRules.Status;
import org.nottspartners.portal.troubledfamilies.rules.ClaimRules.Terms;
import org.nottspartners.portal.troubledfamilies.rules.CriteriaSet.Criterion;

class TroubledFamiliesRulesTest {

    /** The 2015 programme's six headline criteria (002 §13a), with the involvements that meet them (§13e-g). */
    static final CriteriaSet PROGRAMME_2015 = new CriteriaSet("programme-2015", "2015 programme", 2, List.of(
            new Criterion("crime", "Crime or anti-social behaviour", List.of(), List.of(), List.of("youth-justice")),
            new Criterion("school", "Not attending school regularly", List.of(), List.of(), List.of("persistent-absence")),
            new Criterion("children-need-help", "Children who need help", List.of(), List.of(), List.of("childrens-social-care")),
            new Criterion("worklessness", "Out of work or at risk of financial exclusion", List.of(), List.of(), List.of("neet")),
            new Criterion("domestic-abuse", "Domestic violence and abuse", List.of(), List.of(), List.of()),
            new Criterion("health", "Health problems", List.of(), List.of(), List.of())));

    private static Screening.Member member(String name, boolean noIssues, String... criteria) {
        return new Screening.Member(UUID.randomUUID(), name, Set.of(criteria), noIssues);
    }

    @Nested
    @DisplayName("RULES §7 (002 §13a, §13b, §13e-g): screening at assessment")
    class Screen {

        @Test
        @DisplayName("two criteria across the family flag it; a member with no issues is noted")
        void twoCriteriaFlag() {
            Screening.Result r = Screening.screen(PROGRAMME_2015, List.of(member("Kai", false, "school"), member("Lena", false, "health"),
                    member("Tom", true)), Set.of());
            assertThat(r.flagged()).isTrue();
            assertThat(r.criteriaMet()).containsOnlyKeys("school", "health");
            assertThat(r.criteriaMet().get("school")).isEqualTo("Not attending school regularly: recorded for Kai");
            assertThat(r.membersWithNoIssues()).containsExactly("Tom");
            assertThat(r.inWords()).startsWith("2 of the 2015 programme's criteria met").endsWith("flagged to the performance team");
        }

        @Test
        @DisplayName("one criterion does not flag; a case open to youth justice meets crime by itself and then it does")
        void involvementMeetsACriterion() {
            List<Screening.Member> family = List.of(member("Kai", false, "school"), member("Lena", true));
            assertThat(Screening.screen(PROGRAMME_2015, family, Set.of()).flagged()).isFalse();
            Screening.Result withYot = Screening.screen(PROGRAMME_2015, family, Set.of("youth-justice"));
            assertThat(withYot.flagged()).isTrue();
            assertThat(withYot.criteriaMet().get("crime")).contains("open to youth justice, which meets it by itself");
        }

        @Test
        @DisplayName("a member the attendance scan flags persistently absent meets the school criterion by it (RULES §7: from what modules publish)")
        void flaggedByAnotherModule() {
            Screening.Result r = Screening.screen(PROGRAMME_2015, List.of(new Screening.Member(UUID.randomUUID(), "Kai", Set.of("health"),
                    false, Set.of("persistent-absence")), member("Lena", true)), Set.of());
            assertThat(r.criteriaMet()).containsOnlyKeys("school", "health");
            assertThat(r.criteriaMet().get("school")).isEqualTo("Not attending school regularly: Kai is flagged for persistent absence"
                    + " by another service's records");
            assertThat(r.flagged()).isTrue();
        }

        @Test
        @DisplayName("002 §13b: screened at the point of assessment from the criteria early help's assessment found, and the child's flags")
        void fromTheAssessment() {
            CriteriaSet set = new CriteriaSet("framework-2022", "2022-25 framework", 3, List.of(
                    new Criterion("education", "Getting a good education", List.of(), List.of(),
                            List.of("persistent-absence", "early-help:SCHOOL_ATTENDANCE")),
                    new Criterion("health", "Improved mental and physical health", List.of(), List.of(), List.of("early-help:HEALTH")),
                    new Criterion("crime", "Crime", List.of(), List.of(), List.of("youth-justice", "early-help:CRIME_ASB"))));
            Screening.Result r = Screening.fromAssessment(set, new Screening.Member(UUID.randomUUID(), "Kai", Set.of(), false,
                    Set.of("persistent-absence")), Set.of("HEALTH", "CRIME_ASB"));
            assertThat(r.criteriaMet()).containsOnlyKeys("education", "health", "crime");
            assertThat(r.criteriaMet().get("health")).isEqualTo("Improved mental and physical health: early help's assessment found it");
            assertThat(r.criteriaMet().get("education")).contains("Kai is flagged for persistent absence");
            assertThat(r.flagged()).isTrue();
            assertThat(r.membersWithNoIssues()).isEmpty();
            assertThat(Screening.fromAssessment(set, new Screening.Member(UUID.randomUUID(), "Kai", Set.of(), false), Set.of("HEALTH"))
                    .flagged()).isFalse();
        }

        @Test
        @DisplayName("every member is included: one left undecided, one with both, an unknown criterion, each named")
        void everyMember() {
            assertThatThrownBy(() -> Screening.screen(PROGRAMME_2015, List.of(member("Kai", false), member("Lena", true, "health"),
                    member("Tom", false, "astrology")), Set.of()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.message())
                            .containsExactly("Say which criteria apply to Kai, or that there are no issues for them",
                                    "Lena has criteria and \"no issues\": choose one", "'astrology' is not a criterion of 2015 programme"));
        }
    }

    private static final Terms TERMS = new Terms(3, 6, 24, LocalDate.of(2025, 3, 31));

    private static Facts facts(LocalDate closed, LocalDate sustainedTo) {
        return new Facts(closed, true, true, true, true, List.of(new Need("education", "Education", closed.minusMonths(1), sustainedTo),
                new Need("health", "Health", closed.minusMonths(2), sustainedTo), new Need("housing", "Housing", closed, sustainedTo)));
    }

    @Nested
    @DisplayName("RULES §7: a claim needs 3+ needs, a lead practitioner, assessment and plan, outcomes sustained 6 months, within ~24 months")
    class Claims {

        @Test
        @DisplayName("closed 1 Apr 2024, sustained to 1 Oct 2024: claimable on 1 Dec 2024 until 1 Apr 2026")
        void claimable() {
            Decision d = ClaimRules.decide(facts(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 10, 1)), TERMS, LocalDate.of(2024, 12, 1));
            assertThat(d.status()).isEqualTo(Status.CLAIMABLE);
            assertThat(d.claimableFrom()).isEqualTo(LocalDate.of(2024, 10, 1));
            assertThat(d.claimableUntil()).isEqualTo(LocalDate.of(2026, 4, 1));
        }

        @Test
        @DisplayName("the window's edges: closed 31 Jan 2024; claimable from 31 Jul 2024 to the day, until 31 Jan 2026 to the day")
        void windowEdges() {
            Facts f = facts(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 7, 31));
            assertThat(ClaimRules.decide(f, TERMS, LocalDate.of(2024, 7, 30)).status()).isEqualTo(Status.SUSTAINING);
            assertThat(ClaimRules.decide(f, TERMS, LocalDate.of(2024, 7, 31)).status()).isEqualTo(Status.CLAIMABLE);
            assertThat(ClaimRules.decide(f, TERMS, LocalDate.of(2026, 1, 31)).status()).isEqualTo(Status.CLAIMABLE);
            assertThat(ClaimRules.decide(f, TERMS, LocalDate.of(2026, 2, 1)).status()).isEqualTo(Status.WINDOW_CLOSED);
            // evidenced to the day before the six months: not sustained
            Facts oneDayShort = facts(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 7, 30));
            assertThat(ClaimRules.decide(oneDayShort, TERMS, LocalDate.of(2024, 8, 15)).status()).isEqualTo(Status.NOT_CLAIMABLE);
        }

        @Test
        @DisplayName("before 6 months after closure: sustaining; an outcome evidenced too briefly is named")
        void sustaining() {
            Decision early = ClaimRules.decide(facts(LocalDate.of(2024, 4, 1), null), TERMS, LocalDate.of(2024, 6, 1));
            assertThat(early.status()).isEqualTo(Status.SUSTAINING);
            Decision short_ = ClaimRules.decide(facts(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 1)), TERMS, LocalDate.of(2024, 12, 1));
            assertThat(short_.status()).isEqualTo(Status.NOT_CLAIMABLE);
            assertThat(short_.reasons()).contains("Education: the outcome is evidenced only to 2024-09-01, not yet to 2024-10-01 (6 months after closure)");
        }

        @Test
        @DisplayName("too few needs, no lead practitioner, no checklist: each said")
        void missing() {
            Facts f = new Facts(LocalDate.of(2024, 4, 1), false, true, true, false, List.of(new Need("education", "Education",
                    LocalDate.of(2024, 3, 1), LocalDate.of(2024, 11, 1))));
            Decision d = ClaimRules.decide(f, TERMS, LocalDate.of(2024, 12, 1));
            assertThat(d.status()).isEqualTo(Status.NOT_CLAIMABLE);
            assertThat(d.reasons()).containsExactly("No lead practitioner is recorded", "The family has 1 need; a claim needs 3 or more",
                    "The team manager's closure checklist is not completed (002 §13d)");
        }

        @Test
        @DisplayName("payment by results ended after March 2025: a result sustained later is reported, not claimed")
        void afterPaymentByResults() {
            Decision d = ClaimRules.decide(facts(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 8, 1)), TERMS, LocalDate.of(2025, 9, 1));
            assertThat(d.status()).isEqualTo(Status.REPORT_ONLY);
            assertThat(d.reasons().get(0)).startsWith("Payment by results ended for new results after 2025-03-31");
        }

        @Test
        @DisplayName("more than 24 months after closure the window has closed; still open, a claim waits for closure")
        void windowAndOpen() {
            assertThat(ClaimRules.decide(facts(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 1)), TERMS, LocalDate.of(2025, 1, 2))
                    .status()).isEqualTo(Status.WINDOW_CLOSED);
            assertThat(ClaimRules.decide(new Facts(null, true, true, true, false, List.of()), TERMS, LocalDate.of(2025, 1, 2)).status())
                    .isEqualTo(Status.OPEN);
        }
    }
}
