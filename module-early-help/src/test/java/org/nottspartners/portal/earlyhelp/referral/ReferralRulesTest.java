package org.nottspartners.portal.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RULES §3: social care indicators and routing by age")
class ReferralRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    @DisplayName("001 L1230: a child under two with unexplained bruising goes to social care; at two the indicator does not apply")
    void bruisingUnderTwo() {
        Set<SocialCareIndicator> ticked = Set.of(SocialCareIndicator.UNDER_TWO_UNEXPLAINED_BRUISING);
        assertThat(SocialCareCheck.stoppingIndicators(ticked, ChildAge.years(1))).containsExactly(SocialCareIndicator.UNDER_TWO_UNEXPLAINED_BRUISING);
        assertThat(SocialCareCheck.stoppingIndicators(ticked, ChildAge.years(2))).isEmpty();
    }

    @Test
    @DisplayName("001 L1236: every child aged 5 or under left home alone is referred to social care")
    void homeAloneFiveOrUnder() {
        Set<SocialCareIndicator> ticked = Set.of(SocialCareIndicator.HOME_ALONE_FIVE_OR_UNDER);
        assertThat(SocialCareCheck.stoppingIndicators(ticked, ChildAge.years(5))).hasSize(1);
        assertThat(SocialCareCheck.stoppingIndicators(ticked, ChildAge.years(6))).isEmpty();
    }

    @Test
    @DisplayName("001 L1226-1238: immediate risk stops a referral at any age; an unborn baby's serious risk only before birth")
    void anyAgeAndUnborn() {
        assertThat(SocialCareCheck.stoppingIndicators(Set.of(SocialCareIndicator.IMMEDIATE_RISK_OR_HARM), ChildAge.years(15))).hasSize(1);
        assertThat(SocialCareCheck.stoppingIndicators(Set.of(SocialCareIndicator.UNBORN_SERIOUS_RISK), ChildAge.unborn())).hasSize(1);
        assertThat(SocialCareCheck.stoppingIndicators(Set.of(SocialCareIndicator.UNBORN_SERIOUS_RISK), ChildAge.years(0))).isEmpty();
        assertThat(SocialCareCheck.stoppingIndicators(Set.of(), ChildAge.years(3))).isEmpty();
    }

    @Test
    @DisplayName("001 L1233: a child under one whose parents have significant substance use issues goes to social care, unborn included; at one it does not apply")
    void substanceUseUnderOne() {
        Set<SocialCareIndicator> ticked = Set.of(SocialCareIndicator.UNDER_ONE_PARENT_SUBSTANCE_USE);
        assertThat(SocialCareCheck.stoppingIndicators(ticked, ChildAge.years(0))).containsExactly(SocialCareIndicator.UNDER_ONE_PARENT_SUBSTANCE_USE);
        assertThat(SocialCareCheck.stoppingIndicators(ticked, ChildAge.unborn())).as("unborn").hasSize(1);
        assertThat(SocialCareCheck.stoppingIndicators(ticked, ChildAge.years(1))).isEmpty();
    }

    @Test
    @DisplayName("001 L1230-1236: when the child's age is not known, every age-bound indicator stops the referral")
    void unknownAgeStopsEveryAgeBoundIndicator() {
        for (SocialCareIndicator ageBound : List.of(SocialCareIndicator.UNDER_TWO_UNEXPLAINED_BRUISING,
                SocialCareIndicator.UNDER_ONE_PARENT_SUBSTANCE_USE, SocialCareIndicator.HOME_ALONE_FIVE_OR_UNDER,
                SocialCareIndicator.UNBORN_SERIOUS_RISK)) {
            assertThat(SocialCareCheck.stoppingIndicators(Set.of(ageBound), ChildAge.unknown())).as(ageBound.name())
                    .containsExactly(ageBound);
        }
        assertThat(ChildAge.on(null, TODAY).isUnknown()).as("no date of birth recorded").isTrue();
        assertThat(SocialCareCheck.stoppingIndicators(Set.of(SocialCareIndicator.UNDER_TWO_UNEXPLAINED_BRUISING), ChildAge.unborn()))
                .as("bruising cannot be seen on an unborn baby").isEmpty();
        assertThat(SocialCareCheck.stoppingIndicators(Set.of(SocialCareIndicator.UNDER_TWO_UNEXPLAINED_BRUISING),
                ChildAge.on(LocalDate.of(2024, 11, 25), TODAY))).as("one day short of two").hasSize(1);
        assertThat(SocialCareCheck.stoppingIndicators(Set.of(SocialCareIndicator.UNDER_TWO_UNEXPLAINED_BRUISING),
                ChildAge.on(LocalDate.of(2024, 11, 24), TODAY))).as("two today").isEmpty();
    }

    private static RoutingRule.Child born(int year, int month, int day) {
        return new RoutingRule.Child(LocalDate.of(year, month, day), false);
    }

    @Test
    @DisplayName("RULES §2, 002 §1b1: an index child under 5 (or unborn) goes to Children's Centre services; 5 to 17 to early help")
    void byIndexChild() {
        RoutingRule.Child four = born(2022, 6, 1);
        RoutingRule.Child fiveToday = born(2021, 11, 24);
        RoutingRule.Child unborn = new RoutingRule.Child(null, true);
        assertThat(RoutingRule.route(four, List.of(four), false, TODAY)).isEqualTo(TeamKind.CHILDRENS_CENTRE);
        assertThat(RoutingRule.route(fiveToday, List.of(fiveToday), false, TODAY)).isEqualTo(TeamKind.EARLY_HELP);
        assertThat(RoutingRule.route(unborn, List.of(unborn), false, TODAY)).isEqualTo(TeamKind.CHILDRENS_CENTRE);
    }

    @Test
    @DisplayName("002 §3a5: the majority of children decides; a tie follows the index child")
    void byMajority() {
        RoutingRule.Child nine = born(2017, 3, 1);
        RoutingRule.Child two = born(2024, 3, 1);
        RoutingRule.Child three = born(2023, 3, 1);
        assertThat(RoutingRule.route(nine, List.of(nine, two, three), false, TODAY)).isEqualTo(TeamKind.CHILDRENS_CENTRE);
        assertThat(RoutingRule.route(nine, List.of(nine, two), false, TODAY)).isEqualTo(TeamKind.EARLY_HELP);
        assertThat(RoutingRule.route(two, List.of(nine, two), false, TODAY)).isEqualTo(TeamKind.CHILDRENS_CENTRE);
    }

    @Test
    @DisplayName("002 §2a10, §4e: a 16 or 17 year old whose need is education, employment or training goes to the NEET team")
    void neet() {
        RoutingRule.Child sixteen = born(2010, 1, 1);
        RoutingRule.Child fifteen = born(2011, 1, 1);
        assertThat(RoutingRule.route(sixteen, List.of(sixteen), true, TODAY)).isEqualTo(TeamKind.NEET);
        assertThat(RoutingRule.route(sixteen, List.of(sixteen), false, TODAY)).isEqualTo(TeamKind.EARLY_HELP);
        assertThat(RoutingRule.route(fifteen, List.of(fifteen), true, TODAY)).isEqualTo(TeamKind.EARLY_HELP);
        RoutingRule.Child seventeen = born(2009, 1, 1);
        assertThat(RoutingRule.route(seventeen, List.of(seventeen), true, TODAY)).isEqualTo(TeamKind.NEET);
    }

    /**
     * RULES.md §2 "Index child" and §3: "under 5" and "5 to 17" meet at the fifth birthday. A child who is
     * five today is one of the older children when the majority is counted, and an index child who is five
     * today takes a tie to early help, not to the Children's Centre.
     */
    @Test
    @DisplayName("RULES §2, 002 §1b1, §3a5: on the fifth birthday a child counts with the 5 to 17s, in the majority and in a tie")
    void fifthBirthday() {
        RoutingRule.Child fiveToday = born(2021, 11, 24);
        RoutingRule.Child fiveTomorrow = born(2021, 11, 25);
        RoutingRule.Child two = born(2024, 3, 1);
        RoutingRule.Child nine = born(2017, 3, 1);
        assertThat(RoutingRule.route(nine, List.of(nine, fiveToday, two), false, TODAY))
                .as("two of three are 5 or over").isEqualTo(TeamKind.EARLY_HELP);
        assertThat(RoutingRule.route(nine, List.of(nine, fiveTomorrow, two), false, TODAY))
                .as("two of three are under 5").isEqualTo(TeamKind.CHILDRENS_CENTRE);
        assertThat(RoutingRule.route(fiveToday, List.of(fiveToday, two), false, TODAY))
                .as("a tie follows the index child, who is five today").isEqualTo(TeamKind.EARLY_HELP);
        assertThat(RoutingRule.route(fiveTomorrow, List.of(fiveTomorrow, nine), false, TODAY))
                .as("a tie follows the index child, who is still four").isEqualTo(TeamKind.CHILDRENS_CENTRE);
    }

    /**
     * RULES.md §3 first bullet: level 3 cases go to early help case management where the children are 5 to 17,
     * "or stepped down from a child protection plan" (002 §1b1; §3a5: "or where index child is under 5 and the
     * family is being stepped down from Children's Social Care"). The referral records the step-down as its route.
     */
    @Test
    @DisplayName("RULES §3, 002 §1b1, §3a5: a family stepped down from social care goes to case management whatever the children's ages")
    void stepDownGoesToCaseManagementWhateverTheAges() {
        RoutingRule.Child two = born(2024, 3, 1);
        RoutingRule.Child three = born(2023, 3, 1);
        RoutingRule.Child nine = born(2017, 3, 1);
        RoutingRule.Child unborn = new RoutingRule.Child(null, true);
        assertThat(RoutingRule.route(ReferralRoute.STEP_DOWN, two, List.of(two), false, TODAY))
                .as("a two year old, stepped down").isEqualTo(TeamKind.EARLY_HELP);
        assertThat(RoutingRule.route(ReferralRoute.STEP_DOWN, unborn, List.of(unborn, two), false, TODAY))
                .as("an unborn baby and a two year old, stepped down").isEqualTo(TeamKind.EARLY_HELP);
        assertThat(RoutingRule.route(ReferralRoute.STEP_DOWN, nine, List.of(nine, two, three), false, TODAY))
                .as("most children under 5, stepped down").isEqualTo(TeamKind.EARLY_HELP);
        RoutingRule.Child sixteen = born(2010, 1, 1);
        assertThat(RoutingRule.route(ReferralRoute.STEP_DOWN, sixteen, List.of(sixteen), true, TODAY))
                .as("a 16 year old stepped down keeps a case manager, not the NEET team alone").isEqualTo(TeamKind.EARLY_HELP);
    }

    @Test
    @DisplayName("RULES §2, 002 §1b1: any other route still goes by the children's ages")
    void otherRoutesGoByTheAges() {
        RoutingRule.Child two = born(2024, 3, 1);
        RoutingRule.Child sixteen = born(2010, 1, 1);
        for (ReferralRoute other : ReferralRoute.values()) {
            if (other == ReferralRoute.STEP_DOWN) {
                continue;
            }
            assertThat(RoutingRule.route(other, two, List.of(two), false, TODAY)).as(other.name()).isEqualTo(TeamKind.CHILDRENS_CENTRE);
            assertThat(RoutingRule.route(other, sixteen, List.of(sixteen), true, TODAY)).as(other.name()).isEqualTo(TeamKind.NEET);
        }
    }
}
