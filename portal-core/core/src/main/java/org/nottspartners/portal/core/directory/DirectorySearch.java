package org.nottspartners.portal.core.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What to look for in a directory, as Open Referral's list parameters and the public search page give it. Every
 * part may be left out.
 *
 * @param text        words, each of which must be in the service's name, description, organisation or terms
 * @param age         an age the service must cover (the portal's own: the pages ask "how old is the child?")
 * @param minimumAge  Open Referral's {@code minimum_age}: services whose minimum age is at least this
 * @param maximumAge  Open Referral's {@code maximum_age}: services whose maximum age is at most this
 * @param day         a day one of the service's schedules includes
 * @param startTime   schedules opening at or after this
 * @param endTime     schedules closing at or before this
 * @param withDefunct whether services closed for good are included (the published list has them, with their status)
 */
public record DirectorySearch(String text, UUID termId, UUID taxonomyId, Integer age, Double minimumAge, Double maximumAge,
        DayOfWeek day, LocalTime startTime, LocalTime endTime, UUID organisationId, boolean withDefunct, int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int LARGEST_PAGE = 500;

    public static DirectorySearch all(int page, int perPage) {
        return new DirectorySearch(null, null, null, null, null, null, null, null, null, null, true, page, perPage);
    }

    public DirectorySearch withText(String words) {
        return new DirectorySearch(words, termId, taxonomyId, age, minimumAge, maximumAge, day, startTime, endTime,
                organisationId, withDefunct, page, perPage);
    }
}
