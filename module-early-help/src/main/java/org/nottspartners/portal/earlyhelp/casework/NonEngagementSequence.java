package org.nottspartners.portal.earlyhelp.casework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

/**
 * Whether a case may be closed for non-engagement (RULES.md §3 "Closure"; 002 §3c3): calls and texts, a
 * letter with a planned visit, at least two unannounced visits at different times of day, a conversation
 * with the other professionals, then a final letter giving the family 5 working days to make contact;
 * each step after the one before, and the 5 working days over.
 *
 * <p>Children's Centre cases instead close after three attempted contacts, the third with a follow-up letter and
 * information about the support available (RULES.md §3 "Closure"; 002 §6d): {@link #missingForChildrensCentre}.
 */
public final class NonEngagementSequence {

    /** The family's time to answer the final letter, in working days (002 §3c3); a council setting. */
    public static final int DEFAULT_RESPONSE_WORKING_DAYS = 5;

    /** Attempted contacts a Children's Centre makes before closing for non-engagement (002 §6d). */
    public static final int CHILDRENS_CENTRE_ATTEMPTS = 3;

    private NonEngagementSequence() {
    }

    /** One attempt made, when. */
    public record Attempt(EngagementStep step, OffsetDateTime doneAt) {
    }

    /**
     * What is still missing before closing for non-engagement, in the user's words; empty when closure
     * is allowed on {@code today}.
     */
    public static List<String> missing(List<Attempt> attempts, LocalDate today, WorkingDayCalendar calendar,
            int responseWorkingDays) {
        ZoneId zone = calendar.zone();
        List<Attempt> sorted = attempts.stream().sorted(Comparator.comparing(Attempt::doneAt)).toList();
        List<String> missing = new ArrayList<>();
        OffsetDateTime previousStepEnd = null;
        for (EngagementStep step : EngagementStep.values()) {
            OffsetDateTime after = previousStepEnd;
            List<Attempt> ofStep = sorted.stream().filter(a -> a.step() == step)
                    .filter(a -> after == null || !a.doneAt().isBefore(after)).toList();
            if (ofStep.isEmpty()) {
                missing.add(previousStepEnd == null ? step.label() : step.label() + " (after the step before it)");
                continue;
            }
            if (step == EngagementStep.UNANNOUNCED_VISIT && !twoAtDifferentTimesOfDay(ofStep, zone)) {
                missing.add("A second unannounced visit at a different time of day");
            }
            previousStepEnd = step == EngagementStep.UNANNOUNCED_VISIT && ofStep.size() > 1 ? ofStep.get(1).doneAt()
                    : ofStep.get(0).doneAt();
        }
        finalLetter(sorted).flatMap(letter -> stillToAnswer(letter, today, calendar, responseWorkingDays)).ifPresent(missing::add);
        return missing;
    }

    /**
     * What is still missing before a Children's Centre case closes for non-engagement, in the user's words; empty
     * when closure is allowed on {@code today} (002 §6d: "X3 attempted contacts. Third contact includes follow up
     * letter and information regarding support that is available followed by closure"). Calls and texts, letters
     * and visits are each an attempted contact; a conversation with another professional is not a contact with the
     * family. The follow-up letter is the final letter, sent after two attempts; it tells the family how long they
     * have to answer, so the case closes once that time is over.
     */
    public static List<String> missingForChildrensCentre(List<Attempt> attempts, LocalDate today, WorkingDayCalendar calendar,
            int responseWorkingDays) {
        List<Attempt> sorted = attempts.stream().sorted(Comparator.comparing(Attempt::doneAt)).toList();
        Optional<Attempt> letter = finalLetter(sorted);
        long before = sorted.stream().filter(a -> a.step() != EngagementStep.PROFESSIONALS_CONSULTED)
                .filter(a -> letter.isEmpty() || a.doneAt().isBefore(letter.get().doneAt())).count();
        List<String> missing = new ArrayList<>();
        int needed = CHILDRENS_CENTRE_ATTEMPTS - 1;
        if (before < needed) {
            missing.add(needed + " attempts to contact the family (calls or texts, letters, visits) before the follow-up letter: "
                    + before + (letter.isPresent() ? " made before it was sent" : " made so far"));
        }
        if (letter.isEmpty()) {
            missing.add("The third attempt: a follow-up letter with information about the support available");
        } else {
            stillToAnswer(letter.get(), today, calendar, responseWorkingDays).ifPresent(missing::add);
        }
        return missing;
    }

    /** The family's time to answer the final letter, while it is not over on {@code today}. */
    private static Optional<String> stillToAnswer(Attempt letter, LocalDate today, WorkingDayCalendar calendar,
            int responseWorkingDays) {
        LocalDate sent = letter.doneAt().atZoneSameInstant(calendar.zone()).toLocalDate();
        LocalDate lastDay = calendar.addWorkingDays(sent, responseWorkingDays);
        return today.isAfter(lastDay) ? Optional.empty()
                : Optional.of("The family has until the end of " + lastDay + " to answer the final letter");
    }

    private static Optional<Attempt> finalLetter(List<Attempt> sorted) {
        return sorted.stream().filter(a -> a.step() == EngagementStep.FINAL_LETTER).reduce((a, b) -> b);
    }

    /** Morning (before noon), afternoon (noon to 5pm) and evening count as different times of day. */
    static boolean twoAtDifferentTimesOfDay(List<Attempt> visits, ZoneId zone) {
        return visits.stream().map(v -> partOfDay(v.doneAt().atZoneSameInstant(zone).toLocalTime())).distinct().count() >= 2;
    }

    private static int partOfDay(LocalTime t) {
        return t.isBefore(LocalTime.NOON) ? 0 : t.isBefore(LocalTime.of(17, 0)) ? 1 : 2;
    }
}
