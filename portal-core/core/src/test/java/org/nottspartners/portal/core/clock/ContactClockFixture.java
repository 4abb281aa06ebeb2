package org.nottspartners.portal.core.clock;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.nottspartners.portal.core.calendar.Due;
import org.nottspartners.portal.core.calendar.DueRule;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.calendar.StandardClock;

/** One early help contact clock as stored, shared by the clock tests: started, due and due-soon moments fixed. */
final class ContactClockFixture {

    /** Started Monday 2 Nov 2026, due at the end of Monday 9 Nov (winter dates: England is on UTC). */
    static final OffsetDateTime STARTED = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime DUE = OffsetDateTime.of(2026, 11, 9, 23, 59, 59, 0, ZoneOffset.UTC);
    static final OffsetDateTime SOON = OffsetDateTime.of(2026, 11, 8, 0, 0, 0, 0, ZoneOffset.UTC);

    private ContactClockFixture() {
    }

    static ClockRecord contactClock() {
        QualityStandard standard = new QualityStandard("eh-contact", "Contact at least fortnightly", "Contact recorded",
                new DueRule.CalendarWeeks(1), "Next contact", "Lead professional", "002 §3c5");
        StandardClock clock = new StandardClock(standard, STARTED.toInstant(),
                new Due.ByTime(DUE.toInstant(), ZoneId.of("Europe/London")), null);
        return new ClockRecord("early-help", new ClockSubject("early-help-case", "1", "EH-1 Ashworth family", "hub", "casey"),
                clock);
    }
}
