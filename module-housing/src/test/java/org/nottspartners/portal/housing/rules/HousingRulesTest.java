package org.nottspartners.portal.housing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.housing.rules.ScoringScheme.Option;
import org.nottspartners.portal.housing.rules.ScoringScheme.Question;

class HousingRulesTest {

    @Nested
    @DisplayName("RULES §6 (the Southwark judgment): after 24 hours accommodated under s20 the child is looked after")
    class Southwark {

        private final OffsetDateTime accommodated = OffsetDateTime.of(2024, 12, 24, 22, 0, 0, 0, ZoneOffset.UTC);

        @Test
        @DisplayName("23 hours 59 minutes after: not yet; 24 hours after: looked after, across midnight and Christmas")
        void twentyFourHours() {
            assertThat(LookedAfter.at(accommodated, 24, accommodated.plusHours(23).plusMinutes(59))).isFalse();
            assertThat(LookedAfter.at(accommodated, 24, accommodated.plusHours(24))).isTrue();
            assertThat(LookedAfter.from(accommodated, 24)).contains(OffsetDateTime.of(2024, 12, 25, 22, 0, 0, 0, ZoneOffset.UTC));
        }

        @Test
        @DisplayName("not accommodated under s20: never looked after by this rule; a council setting changes the hours")
        void notAccommodated() {
            assertThat(LookedAfter.at(null, 24, accommodated)).isFalse();
            assertThat(LookedAfter.at(accommodated, 12, accommodated.plusHours(12))).isTrue();
            assertThat(LookedAfter.at(accommodated, 0, accommodated)).as("a council setting of 0: looked after at once").isTrue();
            assertThatThrownBy(() -> LookedAfter.from(accommodated, -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("RULES §6: B&B and shared adult hostels are unsuitable for under-18s")
    class Unsuitable {

        private final Set<ProviderKind> unsuitable = EnumSet.of(ProviderKind.BED_AND_BREAKFAST, ProviderKind.SHARED_ADULT_HOSTEL);
        private final LocalDate on = LocalDate.of(2026, 12, 6);

        @Test
        @DisplayName("a 17-year-old: B&B and an adult hostel refused with the reason; supported accommodation and an emergency bed allowed")
        void seventeen() {
            LocalDate born = LocalDate.of(2009, 12, 7);
            assertThat(Suitability.refusal(ProviderKind.BED_AND_BREAKFAST, unsuitable, 18, born, on))
                    .hasValueSatisfying(r -> assertThat(r).startsWith("Bed and breakfast is unsuitable for a young person aged 16")
                            .contains("Southwark"));
            assertThat(Suitability.refusal(ProviderKind.SHARED_ADULT_HOSTEL, unsuitable, 18, born.minusYears(1), on))
                    .hasValueSatisfying(r -> assertThat(r).startsWith("A hostel shared with adults is unsuitable for a young person aged 17"));
            assertThat(Suitability.refusal(ProviderKind.SUPPORTED_ACCOMMODATION, unsuitable, 18, born, on)).isEmpty();
            assertThat(Suitability.refusal(ProviderKind.EMERGENCY_BED, unsuitable, 18, born, on)).isEmpty();
        }

        @Test
        @DisplayName("on the 18th birthday the rule no longer applies; an unknown date of birth counts as a child")
        void eighteenAndUnknown() {
            assertThat(Suitability.refusal(ProviderKind.BED_AND_BREAKFAST, unsuitable, 18, on.minusYears(18), on)).isEmpty();
            assertThat(Suitability.refusal(ProviderKind.BED_AND_BREAKFAST, unsuitable, 18, on.minusYears(18).plusDays(1), on)).isPresent();
            assertThat(Suitability.refusal(ProviderKind.BED_AND_BREAKFAST, unsuitable, 18, null, on))
                    .hasValueSatisfying(r -> assertThat(r).contains("date of birth is not recorded"));
        }

        @Test
        @DisplayName("the list is the council's: a council that lists only B&B allows the hostel")
        void councilsList() {
            assertThat(Suitability.refusal(ProviderKind.SHARED_ADULT_HOSTEL, EnumSet.of(ProviderKind.BED_AND_BREAKFAST), 18,
                    on.minusYears(17), on)).isEmpty();
        }
    }

    static ScoringScheme scheme(int riskWeight) {
        return new ScoringScheme(List.of(
                new Question("risk", "Risk where the young person is now", riskWeight, List.of(
                        new Option("none", "None", 0), new Option("some", "Some", 2), new Option("high", "High", 5))),
                new Question("sleeping", "Where they slept last night", 2, List.of(
                        new Option("home", "At home", 0), new Option("sofa", "Sofa-surfing", 3), new Option("rough", "Rough sleeping", 6)))));
    }

    @Nested
    @DisplayName("RULES §6: the scheme is council configuration and every score is explained")
    class Scoring {

        @Test
        @DisplayName("the score is each answer's points times its weight, item by item in words")
        void explained() {
            ScoringScheme.Score score = scheme(3).score(Map.of("risk", "high", "sleeping", "sofa"));
            assertThat(score.total()).isEqualTo(5 * 3 + 3 * 2);
            assertThat(score.items()).extracting(ScoringScheme.Item::inWords)
                    .containsExactly("High: 5 points \u00d7 weight 3 = 15", "Sofa-surfing: 3 points \u00d7 weight 2 = 6");
            assertThat(score.items()).extracting(ScoringScheme.Item::question)
                    .containsExactly("Risk where the young person is now", "Where they slept last night");
        }

        @Test
        @DisplayName("a question not answered, an answer the question does not have, or a question the scheme does not have: each named")
        void badAnswers() {
            assertThatThrownBy(() -> scheme(3).score(Map.of("risk", "extreme", "colour", "blue")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(f -> f.field() + ": " + f.message())
                            .containsExactly("answers.risk: 'extreme' is not one of the answers to: Risk where the young person is now",
                                    "answers.sleeping: Answer the question: Where they slept last night",
                                    "answers.colour: The scheme has no question 'colour'"));
        }

        @Test
        @DisplayName("a scheme an administrator cannot use is answered field by field")
        void badScheme() {
            ScoringScheme bad = new ScoringScheme(List.of(new Question("Risk!", " ", 101, List.of(new Option("a", "A", -1))),
                    new Question("x", "X", 1, List.of(new Option("a", "A", 1), new Option("a", "B", 2)))));
            assertThat(bad.problems()).extracting(f -> f.field()).containsExactly("questions[0].code", "questions[0].text",
                    "questions[0].weight", "questions[0].options", "questions[0].options[0].points", "questions[1].options[1].code");
            assertThat(new ScoringScheme(List.of()).problems()).extracting(f -> f.message()).containsExactly("Add at least one question");
            assertThat(scheme(3).problems()).isEmpty();
        }

        @Test
        @DisplayName("what changed between two versions, in words (a stale edit is told this)")
        void changes() {
            ScoringScheme before = scheme(3);
            List<Question> questions = new ArrayList<>(scheme(4).questions());
            questions.remove(1);
            questions.add(new Question("age", "Age", 1, List.of(new Option("16", "16", 1), new Option("17", "17", 0))));
            assertThat(SchemeChanges.between(before, new ScoringScheme(questions))).containsExactly(
                    "question 'Risk where the young person is now': weight 3 \u2192 4",
                    "question 'Where they slept last night' removed",
                    "question 'Age' added (weight 1)");
            assertThat(SchemeChanges.between(before, scheme(3))).isEmpty();
        }
    }

    record Entry(String id, int score, OffsetDateTime receivedAt) implements WaitingOrder.Waiting {
    }

    @Nested
    @DisplayName("issue 17: the list by score then date; a new scheme rescores only A1s scored from its effective date")
    class Order {

        @Test
        void byScoreThenLongestWait() {
            OffsetDateTime monday = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);
            List<Entry> list = new ArrayList<>(List.of(new Entry("a", 20, monday.plusDays(2)), new Entry("b", 35, monday.plusDays(3)),
                    new Entry("c", 20, monday), new Entry("d", 5, monday.minusDays(30))));
            list.sort(WaitingOrder.ORDER);
            assertThat(list).extracting(Entry::id).containsExactly("b", "c", "a", "d");
        }

        @Test
        void rescoredFromTheEffectiveDateOnly() {
            LocalDate effective = LocalDate.of(2026, 12, 1);
            assertThat(WaitingOrder.rescoredBy(effective, effective.minusDays(1))).isFalse();
            assertThat(WaitingOrder.rescoredBy(effective, effective)).isTrue();
            assertThat(WaitingOrder.rescoredBy(effective, effective.plusDays(5))).isTrue();
        }
    }
}
